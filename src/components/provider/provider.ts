import { ContextRoot } from '@lit/context';
import { define } from '../../internal/define.js';
import { SerProvider } from './provider.component.js';

export { SerProvider };

// Widgets that upgrade before their provider still find it once it arrives (bundler users import in any order).
const root = Symbol.for('ser-widgets:context-root');
const doc = document as Document & { [root]?: boolean };
if (!doc[root]) {
  doc[root] = true;
  new ContextRoot().attach(document.documentElement);
}
define('ser-provider', SerProvider);

declare global {
  interface HTMLElementTagNameMap {
    'ser-provider': SerProvider;
  }
}
