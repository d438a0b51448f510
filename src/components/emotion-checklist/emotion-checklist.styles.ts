import { css } from 'lit';

export const styles = css`
  /* The room kept until its first render, and the size assumed off screen until then (see base.ts). */
  :host {
    --_room: 50em;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 1em;
  }
  legend,
  [for=other] {
    font-weight: 600;
  }
  .item {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.6em;
    align-items: start;
  }
  /* A native checkbox drawn with the tokens: forms, keys and screen readers see the real input. */
  input {
    appearance: none;
    font: inherit;
    display: grid;
    place-content: center;
    inline-size: 2em;
    block-size: 2em;
    margin: 0.15em 0 0;
    border: 2px solid var(--_muted);
    border-radius: var(--_radius);
  }
  input::before {
    content: '';
    inline-size: 0.35em;
    block-size: 0.7em;
    border: solid var(--_on-accent);
    border-width: 0 0.15em 0.15em 0;
    transform: rotate(45deg) scale(0);
  }
  :checked {
    background: var(--_accent);
    border-color: var(--_accent);
  }
  :checked::before {
    transform: rotate(45deg);
  }
  :disabled {
    opacity: 0.6;
  }
  label {
    padding-block: 0.4em;
    cursor: pointer;
  }
  .hint {
    display: block;
    grid-column: 2;
    margin-block-start: -0.3em;
    font-size: 0.9em;
  }
  [part=summary] {
    padding: 0.5em 0.75em;
    background: var(--_soft);
    border-radius: var(--_radius);
  }
  textarea {
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    font: inherit;
    border-radius: var(--_radius);
  }
  /* The status follows Copy on its line; a long one wraps onto its own line under it. */
  [part=actions] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em;
    margin-block-end: 0.75em;
  }
  /* The print frame (print-notes.ts): laid out, so it can print, but taking no room. */
  iframe {
    position: fixed;
    inline-size: 0;
    block-size: 0;
    border: 0;
  }
`;
