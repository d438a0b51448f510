import { css } from 'lit';

export const styles = css`
  /* The room kept until its first render, and the size assumed off screen until then (see base.ts). */
  :host {
    --_room: 19em;
  }
  .all {
    margin-block-end: 0.5em;
  }
  .section {
    border-block-end: 1px solid var(--_border);
  }
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
  }
  [part=button] {
    display: flex;
    align-items: flex-start;
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
  [part=button]::after {
    content: '';
    flex: none;
    inline-size: 0.5em;
    block-size: 0.5em;
    border: solid;
    border-width: 0 0.15em 0.15em 0;
    /* Centred on the title's first line (line-height 1.3), nudged for the half of the box it draws. */
    margin-block-start: 0.4em;
    transform: translateY(-25%) rotate(45deg);
  }
  [aria-expanded='true']::after {
    transform: translateY(25%) rotate(-135deg);
  }
  /* Closed panels stay in the layout tree (content-visibility) so the browser's find can reach them. */
  [part=panel][hidden='until-found'] {
    display: block !important;
  }
  /* Motion only for readers who have not asked for less (base.ts's reset does not reach ::after). The panel opens at
     once, as a native <details>: fading it in tripled the work of the frame after the click (slower first response). */
  @media (prefers-reduced-motion: no-preference) {
    [part=button]::after {
      transition: transform 0.2s;
    }

  }
`;
