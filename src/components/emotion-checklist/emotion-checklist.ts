import { define } from '../../internal/define.js';
import { SerEmotionChecklist } from './emotion-checklist.component.js';

export { SerEmotionChecklist };
define('ser-emotion-checklist', SerEmotionChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'ser-emotion-checklist': SerEmotionChecklist;
  }
}
