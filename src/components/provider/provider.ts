import { define } from '../../internal/define.js';
import { SerProvider } from './provider.component.js';

export { SerProvider };
define('ser-provider', SerProvider);

declare global {
  interface HTMLElementTagNameMap {
    'ser-provider': SerProvider;
  }
}
