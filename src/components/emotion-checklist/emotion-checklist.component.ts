import { html } from 'lit';
import { SerElement } from '../../internal/base.js';
import { heading } from '../../internal/heading.js';

/**
 * Placeholder until its issue lands.
 * @csspart base - The widget's box.
 */
export class SerEmotionChecklist extends SerElement {
  override render() {
    return html`<section class=${this.rootClass} part="base" aria-labelledby="h">
      ${heading(this.level(undefined), 'h', 'heading', this.t('clHeading'))}
    </section>`;
  }
}
