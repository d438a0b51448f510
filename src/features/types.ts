/** The optional features: code few visitors need, loaded on first use (and fetched at idle after the first render). */
export interface Features {
  checklist: typeof import('./checklist.js');
  accordion: typeof import('./accordion.js');
}
