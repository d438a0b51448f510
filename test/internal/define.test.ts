import { expect } from '@open-wc/testing';
import { define } from '../../src/internal/define.js';

describe('define', () => {
  it('registers a tag once: a second copy leaves the first one registered', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    define('ser-define-test', First);
    expect(() => define('ser-define-test', Second)).not.to.throw();
    expect(customElements.get('ser-define-test')).to.equal(First);
  });
});
