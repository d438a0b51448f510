import { html, type TemplateResult } from 'lit';

/** A real `<h2>`…`<h6>` with `part="heading"` (static tags keep Lit free of `unsafeStatic`). */
export const headingElement = (level: number, id: string, content: unknown): TemplateResult =>
  level == 2
    ? html`<h2 id=${id} part="heading">${content}</h2>`
    : level == 3
      ? html`<h3 id=${id} part="heading">${content}</h3>`
      : level == 4
        ? html`<h4 id=${id} part="heading">${content}</h4>`
        : level == 5
          ? html`<h5 id=${id} part="heading">${content}</h5>`
          : html`<h6 id=${id} part="heading">${content}</h6>`;
