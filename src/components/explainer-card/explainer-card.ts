import { define } from '../../internal/define.js';
import { SerExplainerCard } from './explainer-card.component.js';

export { SerExplainerCard };
define('ser-explainer-card', SerExplainerCard);

declare global {
  interface HTMLElementTagNameMap {
    'ser-explainer-card': SerExplainerCard;
  }
}
