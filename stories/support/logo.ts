import { html, nothing } from 'lit';

/** A made-up practice's logo, as a practitioner would put it in a widget's image slot. */
export const logo = (slot?: string) =>
  html`<svg slot=${slot ?? nothing} role="img" aria-label="Harbour Light Bodywork" viewBox="0 0 64 64" width="56" height="56">
    <circle cx="32" cy="32" r="30" fill="#1a5b80"></circle>
    <path d="M12 40 q10 -8 20 0 t20 0" fill="none" stroke="#fff" stroke-width="4" stroke-linecap="round"></path>
    <circle cx="32" cy="24" r="7" fill="#f5c66b"></circle>
  </svg>`;
