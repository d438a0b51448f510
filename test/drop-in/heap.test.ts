// 1,000 connect/disconnect cycles per widget grow the JS heap by under 20%, measured after forced gc() as Lit does.
import { expect } from '@open-wc/testing';
import { chromiumOnly, churn, cycles, heap, make, page, stayingProvider, subjects } from '../support/drop-in/churn.js';

const growth = async (run: () => Promise<unknown>) => {
  const before = heap();
  await run();
  return (heap() - before) / before;
};

describe('drop-in: heap leaks (Chromium only: needs --js-flags=--expose-gc and precise memory info)', function () {
  this.timeout(60000);
  beforeEach(chromiumOnly);

  for (const { tag, what } of subjects) {
    it(`${what}: ${cycles} cycles grow the heap by under 20%`, async () => {
      const win = await page();
      await churn(win, make(win, tag), 20);
      const g = await growth(() => churn(win, make(win, tag), cycles));
      expect(g, `heap growth ${(g * 100).toFixed(1)}%`).to.be.below(0.2);
    });
  }

  it(`widgets in a provider that stays: ${cycles} cycles grow the heap by under 20% (no consumer kept)`, async () => {
    const win = await page();
    const { provider, next } = stayingProvider(win);
    await churn(win, next, 30, provider);
    const g = await growth(() => churn(win, next, cycles, provider));
    expect(g, `heap growth ${(g * 100).toFixed(1)}%`).to.be.below(0.2);
  });

  it('the check can fail: it catches 1,000 removed widgets kept alive', async () => {
    const win = await page();
    const kept: HTMLElement[] = [];
    await churn(win, make(win, 'ser-what-to-expect'), 20);
    const keep = () => kept[kept.push(win.document.createElement('ser-what-to-expect')) - 1];
    expect(await growth(() => churn(win, keep, cycles))).to.be.above(0.2);
    expect(kept).to.have.length(cycles);
  });
});
