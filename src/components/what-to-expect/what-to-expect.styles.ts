import { css } from 'lit';

export const styles = css`
  /* Defined but not yet rendered (widgets render a few per task): the room the README's :not(:defined) rule gave. */
  :host(:not(:state(r))) {
    min-height: 19em;
  }
  .all {
    margin-block-end: 0.5em;
  }
  .s {
    border-block-end: 1px solid var(--_border);
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
  }
  .h {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1em;
    inline-size: 100%;
    padding: 0.6em 0;
    border: 0;
    background: none;
    color: var(--_accent);
    text-align: start;
  }
  /* A chevron drawn with borders: it follows the text color, forced colors included. */
  .h::after {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    border: solid;
    border-width: 0 0.15em 0.15em 0;
    transform: rotate(45deg);
  }
  [aria-expanded='true']::after {
    transform: rotate(225deg);
  }
  /* Closed panels stay in the layout tree (content-visibility) so the browser's find can reach them. */
  .p[hidden='until-found'] {
    display: block !important;
  }
  /* Motion only for readers who have not asked for less (base.ts's reset does not reach ::after). */
  @media (prefers-reduced-motion: no-preference) {
    .h::after {
      transition: transform 0.2s;
    }
    .p:not([hidden]) .in {
      animation: in 0.2s ease-out;
    }
  }
  @keyframes in {
    from {
      opacity: 0;
      transform: translateY(-0.3em);
    }
  }
`;
