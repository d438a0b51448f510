import { css } from 'lit';

export const styles = css`
  /* The room kept until its first render, and the size assumed off screen until then (see base.ts). */
  :host {
    --_room: 21em;
  }
  .media {
    display: block;
  }
  .media::slotted(*) {
    display: block;
    max-inline-size: 100%;
    block-size: auto;
    margin-block-end: 0.75em;
    border-radius: var(--_radius);
  }
  .toggle::after {
    content: '';
    inline-size: 0.4em;
    block-size: 0.4em;
    border: solid;
    border-width: 0 2px 2px 0;
    transform: translateY(-25%) rotate(45deg);
  }
  [aria-expanded='true']::after {
    transform: translateY(25%) rotate(-135deg);
  }
  #more {
    margin-block-start: 0.75em;
  }
  a.btn {
    display: flex;
    inline-size: fit-content;
    margin-block-start: 1em;
    min-block-size: 2.75em;
    box-sizing: border-box;
  }
  /* For sidebars and footers: the same content, denser. */
  .compact {
    padding: calc(var(--_space) * 0.75);
  }
  .compact [part=heading] {
    font-size: 1.1em;
  }
  .compact .media::slotted(*) {
    max-block-size: 3em;
    inline-size: auto;
  }
  .compact .toggle {
    min-block-size: 2.25em;
    padding-block: 0.2em;
  }
`;
