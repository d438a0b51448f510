import { define } from '../../internal/define.js';
import { SerEmotionChecklist } from './emotion-checklist.component.js';

export { SerEmotionChecklist };
export type { SerChangeEvent } from './emotion-checklist.events.js';
define('ser-emotion-checklist', SerEmotionChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'ser-emotion-checklist': SerEmotionChecklist;
  }
}
