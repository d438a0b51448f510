import { expect, fixture, html } from '@open-wc/testing';
import '../src/components/emotion-checklist/emotion-checklist.js';
import '../src/components/explainer-card/explainer-card.js';

const rendered = (el: Element) => !!el.shadowRoot?.firstElementChild;
const supportsState = CSS.supports('selector(:state(r))');

describe('SerElement: rendering many widgets', () => {
  it('renders over several tasks, so the browser can paint and answer between them', async () => {
    const box = await fixture<HTMLDivElement>(html`<div></div>`);
    const els = Array.from({ length: 150 }, () => document.createElement('ser-emotion-checklist'));
    box.append(...els);
    // One task later: some rendered, not all (each task stops after about 30 ms of work).
    await new Promise((r) => setTimeout(r));
    const early = els.filter(rendered).length;
    await Promise.all(els.map((e) => e.updateComplete));
    expect(early, 'rendered in the first task').to.be.above(0).and.below(els.length);
    expect(els.every(rendered)).to.be.true;
  });

  (supportsState ? it : it.skip)('keeps the room of the README snippet until its first render, then sizes to content', async () => {
    const box = await fixture<HTMLDivElement>(html`<div style="font-size: 16px"></div>`);
    const card = document.createElement('ser-explainer-card');
    box.append(card);
    // Defined and connected, not yet rendered (its first render is a microtask away).
    expect(getComputedStyle(card).minHeight).to.equal(`${21 * 16}px`);
    await card.updateComplete;
    expect(['auto', '0px']).to.include(getComputedStyle(card).minHeight);
  });
});
