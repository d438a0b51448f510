// 1,000 connect/disconnect cycles per widget leave no listener behind on window, document, <html> or media queries.
import { expect } from '@open-wc/testing';
import { churn, cycles, make, page, stayingProvider, subjects } from '../support/drop-in/churn.js';

describe('drop-in: listener leaks', function () {
  this.timeout(60000);

  for (const { tag, what } of subjects) {
    it(`${what}: ${cycles} cycles, half removed before their first render, leave listeners balanced`, async () => {
      const win = await page();
      await churn(win, make(win, tag), 10);
      const before = win.__listeners.live();
      await churn(win, make(win, tag), cycles);
      expect(win.__listeners.live(), 'listeners still attached').to.deep.equal(before);
      expect(win.__spy.errors).to.deep.equal([]);
    });
  }

  it(`widgets in a provider that stays: ${cycles} cycles balance listeners; a later change reaches no removed widget`, async () => {
    const win = await page();
    const { provider, next } = stayingProvider(win);
    await churn(win, next, 30, provider);
    const before = win.__listeners.live();
    await churn(win, next, cycles, provider);
    expect(win.__listeners.live()).to.deep.equal(before);
    provider.setAttribute('locale', 'es');
    await new Promise((r) => setTimeout(r, 100));
    expect(win.__spy.errors).to.deep.equal([]);
  });

  it('the check can fail: it catches an element that forgets to remove a window listener', async () => {
    const win = await page();
    win.customElements.define(
      'leaky-widget',
      class extends win.HTMLElement {
        connectedCallback() {
          win.addEventListener('hashchange', () => undefined);
        }
      },
    );
    const before = win.__listeners.live().length;
    await churn(win, () => win.document.createElement('leaky-widget'), 10);
    expect(win.__listeners.live().length - before).to.equal(10);
  });
});
