import { css } from 'lit';

export const styles = css`
  /* Defined but not yet rendered (widgets render a few per task): the room the README's :not(:defined) rule gave. */
  :host(:not(:state(r))) {
    min-height: 50em;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0 0 1em;
  }
  legend {
    font-weight: 600;
  }
  .i {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.6em;
    align-items: center;
  }
  input {
    inline-size: max(1.25em, 24px);
    block-size: max(1.25em, 24px);
    margin: 0;
    accent-color: var(--_accent);
  }
  label {
    padding-block: 0.4em;
    cursor: pointer;
  }
  .h {
    display: block;
    grid-column: 2;
    margin-block-start: -0.3em;
    font-size: 0.9em;
  }
  .s {
    padding: 0.5em 0.75em;
    background: var(--_soft);
    border-radius: var(--_radius);
  }
  textarea {
    display: block;
    box-sizing: border-box;
    inline-size: 100%;
    font: inherit;
  }
  .a {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin-block-end: 0.75em;
  }
  .pf {
    position: fixed;
    inline-size: 0;
    block-size: 0;
    border: 0;
  }
`;
