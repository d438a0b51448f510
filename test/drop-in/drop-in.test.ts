import { expect } from '@open-wc/testing';
import { page, until } from '../helpers.js';

const tags = ['ser-provider', 'ser-explainer-card', 'ser-what-to-expect', 'ser-emotion-checklist'];
const widgets = '<ser-explainer-card></ser-explainer-card><ser-what-to-expect></ser-what-to-expect><ser-emotion-checklist></ser-emotion-checklist>';

/** Records the frame's console warnings and errors from before any script runs. */
const spy = `<script>window.logs=[];for(const k of ['warn','error'])console[k]=(...a)=>logs.push(k+': '+a.join(' '));addEventListener('error',e=>logs.push('error: '+e.message));</script>`;

describe('the built drop-in (dist/ser-widgets.js)', () => {
  it('defines every element and renders each widget as a classic deferred script', async () => {
    const win = await page(`${spy}<script src="/dist/ser-widgets.js" defer></script>${widgets}`);
    await until(() => win.customElements.get('ser-emotion-checklist'));
    for (const tag of tags) expect(win.customElements.get(tag), tag).to.exist;
    for (const el of win.document.querySelectorAll('ser-explainer-card, ser-what-to-expect, ser-emotion-checklist'))
      await until(() => el.shadowRoot?.textContent?.trim());
    expect(win.document.querySelector('ser-explainer-card')!.shadowRoot!.querySelector('h2')!.textContent).to.equal(
      'What is SomatoEmotional Release?',
    );
    expect((win as unknown as { logs: string[] }).logs).to.deep.equal([]);
  });

  it('adds exactly one global, SerWidgets, with the version', async () => {
    const win = await page(`<script src="/dist/ser-widgets.js"></script>`);
    const ns = (win as unknown as { SerWidgets: { version: string } }).SerWidgets;
    expect(ns.version).to.match(/^\d+\.\d+\.\d+/);
  });

  it('included twice, it runs once: one warning, no error, working widgets', async () => {
    const win = await page(
      `${spy}<script src="/dist/ser-widgets.js"></script><script src="/dist/ser-widgets.js?copy=2"></script>${widgets}`,
    );
    const card = win.document.querySelector('ser-explainer-card')!;
    await until(() => card.shadowRoot?.querySelector('h2'));
    const logs = (win as unknown as { logs: string[] }).logs;
    expect(logs.filter((l) => l.startsWith('error'))).to.deep.equal([]);
    expect(logs.filter((l) => l.startsWith('warn'))).to.have.length(1);
    expect(logs[0]).to.contain('already on this page');
  });

  it('upgrades elements that were in the page first, keeping properties set before upgrade', async () => {
    const win = await page(`${widgets}`);
    const card = win.document.querySelector('ser-explainer-card') as HTMLElement & { locale?: string };
    card.locale = 'en';
    const s = win.document.createElement('script');
    s.src = '/dist/ser-widgets.js';
    win.document.body.append(s);
    await until(() => card.shadowRoot?.querySelector('h2'));
    expect(card.locale).to.equal('en');
  });
});
