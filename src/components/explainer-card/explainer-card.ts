import { define } from '../../internal/define.js';
import { SerExplainerCard } from './explainer-card.component.js';

export { SerExplainerCard };
export type { SerToggleEvent } from './explainer-card.events.js';
define('ser-explainer-card', SerExplainerCard);

declare global {
  interface HTMLElementTagNameMap {
    'ser-explainer-card': SerExplainerCard;
  }
}
