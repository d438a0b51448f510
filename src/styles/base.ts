import { css } from 'lit';

/**
 * Shared by every widget: the `--ser-*` tokens, resets against inherited host styles,
 * focus, reduced motion and forced colors. Sizes are in `em` so they follow the host's text size,
 * even where the host sets `html { font-size: 62.5% }`.
 *
 * Tokens win over the theme: each default is `light-dark()`, resolved by the theme's `color-scheme`.
 */
export const base = css`
  :host {
    --_accent: var(--ser-accent, light-dark(#1a5b80, #8ccbf2));
    --_on-accent: var(--ser-on-accent, light-dark(#fff, #10222e));
    --_surface: var(--ser-surface, light-dark(#fff, #1c2126));
    --_text: var(--ser-text, light-dark(#1f2328, #eef1f4));
    --_muted: var(--ser-muted, light-dark(#545d68, #b4bdc6));
    --_border: var(--ser-border, light-dark(#7d8590, #7d8793));
    --_soft: var(--ser-soft, light-dark(#f2f6f9, #262d34));
    --_focus: var(--ser-focus, light-dark(#0b57d0, #a8c7fa));
    --_radius: var(--ser-radius, 0.5em);
    --_space: var(--ser-space, 1em);
    display: block;
    margin-block-end: 1.5em;
    font-family: var(--ser-font, inherit);
    font-size: max(1em, 14px);
    line-height: 1.5;
    text-align: start;
    text-transform: none;
    letter-spacing: normal;
    word-spacing: normal;
    font-style: normal;
    font-weight: 400;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  /* Until its first render (widgets render a few per task): the room the README's :not(:defined) rule keeps (--_room, per widget). */
  :host(:not(:state(--rendered))) {
    min-height: var(--_room);
  }
  /* Off screen, a widget skips style, layout and paint until the reader nears it, keeping its last size (or its room): 100 render in half the time.
     Only where the clip that comes with it can be widened (not WebKit), so focus rings and a page's shadows stay whole, and not in
     Firefox (-moz-orient), which neither scrolls to nor measures what a skipped widget holds (deep links broke). */
  @supports (overflow-clip-margin: 1px) and (not (-moz-orient: inline)) {
    :host {
      content-visibility: auto;
      contain-intrinsic-block-size: auto var(--_room);
      overflow-clip-margin: 2em;
    }
  }
  .root {
    color-scheme: light;
    color: var(--_text);
    background: var(--_surface);
    border: var(--ser-border-width, 1px) solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
  }
  :host([variant~='plain']) .root {
    border: 0;
    padding: 0;
    background: none;
  }
  .dark {
    color-scheme: dark;
  }
  .auto {
    color-scheme: light dark;
  }
  [hidden] {
    display: none !important;
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    font-size: 1.25em;
    line-height: 1.3;
    margin: 0 0 0.5em;
    font-weight: 700;
  }
  p,
  ul {
    margin: 0 0 0.75em;
  }
  a {
    color: var(--_accent);
  }
  .note {
    margin-block: 1em 0.75em;
    padding-inline-start: 0.75em;
    border-inline-start: 3px solid var(--_accent);
    color: var(--_muted);
  }
  button {
    font: inherit;
    color: inherit;
    text-transform: none;
    cursor: pointer;
    min-height: 2.75em;
    min-width: 24px;
  }
  .btn {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.4em 0.9em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_accent);
    font-weight: 600;
  }
  .btn.primary {
    background: var(--_accent);
    color: var(--_on-accent);
    text-decoration: none;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .muted {
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    ::before,
    ::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }
  /* Paper: everything a reader needs (what-to-expect's print="as-shown" keeps its closed sections closed), black on white whatever the theme. */
  @media print {
    * {
      color-scheme: light;
      color: #000 !important;
      background: none !important;
    }
    :host(:not([print='as-shown'])) [part=panel],
    #more {
      display: block !important;
      content-visibility: visible;
    }
    button.btn,
    [part=button]::after {
      display: none;
    }
    a::after {
      content: ' (' attr(href) ')';
    }
    .section,
    p[part=summary],
    fieldset,
    .note {
      break-inside: avoid;
    }
  }
  @media (forced-colors: active) {
    .btn.primary {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
