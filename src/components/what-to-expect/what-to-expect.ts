import { define } from '../../internal/define.js';
import { SerWhatToExpect } from './what-to-expect.component.js';

export { SerWhatToExpect };
export type { SerSectionToggleEvent } from './what-to-expect.events.js';
define('ser-what-to-expect', SerWhatToExpect);

declare global {
  interface HTMLElementTagNameMap {
    'ser-what-to-expect': SerWhatToExpect;
  }
}
