import { html, type TemplateResult } from 'lit';

/** A heading level as an attribute gives it. */
export type HeadingLevel = '2' | '3' | '4' | '5' | '6';

/** A real `<h2>`…`<h6>` with `part="heading"` (static tags keep Lit free of `unsafeStatic`; `level` is 2 to 6). */
export const headingElement = (level: number, id: string, content: unknown): TemplateResult =>
  [
    html`<h2 id=${id} part="heading">${content}</h2>`,
    html`<h3 id=${id} part="heading">${content}</h3>`,
    html`<h4 id=${id} part="heading">${content}</h4>`,
    html`<h5 id=${id} part="heading">${content}</h5>`,
    html`<h6 id=${id} part="heading">${content}</h6>`,
  ][level - 2];
