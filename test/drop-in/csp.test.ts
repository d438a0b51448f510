// The drop-in under a strict Content-Security-Policy with Trusted Types (served as a real response header).
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import es from '../../src/i18n/locales/es.js';
import { until } from '../support/helpers.js';
import {
  complaints,
  engine,
  exercise,
  frame,
  rendered,
  script,
  shown,
  strictCsp,
  strictCspWithLanguages,
  tick,
  widgets,
  type Win,
} from '../support/drop-in/frame.js';

type TT = { createPolicy(name: string, rules: object): unknown };
const tt = (win: Win) => (win as unknown as { trustedTypes?: TT }).trustedTypes;

/** No violation reports, no errors, and each widget's shadow styles applied (hosts are blocks, roots padded). */
async function clean(win: Win): Promise<void> {
  const els = await rendered(win);
  expect(els.length).to.be.greaterThan(0);
  for (const el of els) {
    expect(win.getComputedStyle(el).display, `${el.localName} :host style`).to.not.equal('inline');
    const root = el.shadowRoot!.querySelector('.root');
    expect(root, `${el.localName} .root`).to.exist;
    const cs = win.getComputedStyle(root!);
    expect(parseFloat(cs.paddingTop) + parseFloat(cs.borderTopWidth), `${el.localName} .root box`).to.be.greaterThan(0);
  }
  expect(win.__spy.violations, 'CSP violations').to.deep.equal([]);
  expect(win.__spy.errors, 'errors').to.deep.equal([]);
}

describe('drop-in: strict CSP with Trusted Types', () => {
  it('the fixture really enforces the policy: an inline script does not run and is reported', async () => {
    const win = await frame(`<script>window.pwned = 1</script>${widgets}${script()}`, { csp: strictCsp });
    await rendered(win);
    expect(win.pwned).to.be.undefined;
    await until(() => win.__spy.violations.length);
    expect(win.__spy.violations[0]).to.match(/^script-src/);
  });

  it('renders every widget with its styles and no violation report, also after every button and box is used', async () => {
    const win = await frame(
      `<ser-provider practitioner="Sam" booking-url="/book">${widgets}</ser-provider>${script()}`,
      {
        csp: strictCspWithLanguages,
      },
    );
    await clean(win);
    for (const el of await rendered(win)) await exercise(win, el);
    await tick(win);
    await clean(win);
    expect(complaints(win), 'console').to.deep.equal([]);
  });

  it("loads Spanish as data under the README's policy (strict, Trusted Types, connect-src 'self'): zero violations", async () => {
    const win = await frame(`<ser-provider locale="es">${widgets}</ser-provider>${script('defer')}`, {
      csp: strictCspWithLanguages,
    });
    const els = await rendered(win);
    await until(() => shown(els[0]).includes(es.cardHeading));
    expect(shown(els[1])).to.contain(es.sections[0].title);
    expect(shown(els[2])).to.contain(es.clHeading);
    await clean(win);
    expect(complaints(win)).to.deep.equal([]);
  });

  it('without connect-src for the language files (the strict policy as is): English, one warning naming each file', async () => {
    const win = await frame(`<ser-provider locale="es">${widgets}</ser-provider>${script()}`, { csp: strictCsp });
    const [card] = await rendered(win);
    // Spanish is refused, so English shows, and the rest of English (locales/en.json) is refused too.
    await until(() => complaints(win).length == 2);
    await tick(win);
    expect(complaints(win)).to.have.length(2);
    expect(complaints(win)[0]).to.match(/^warn: ser-widgets: locales\/es\.json .*English/);
    expect(complaints(win)[1]).to.match(/^warn: ser-widgets: locales\/en\.json /);
    expect(shown(card)).to.contain(en.cardHeading);
    expect(win.__spy.violations.map((v) => v.split(' ')[0])).to.deep.equal(['connect-src', 'connect-src']);
    expect(win.__spy.errors).to.deep.equal([]);
  });

  it('keeps English, with one warning, when the policy allows the drop-in file but names no connect-src', async () => {
    const only = `default-src 'none'; style-src 'self'; script-src ${location.origin}/test/support/drop-in/fixtures/spy.js ${location.origin}/dist/ser-widgets.js`;
    const win = await frame(`<ser-explainer-card locale="es"></ser-explainer-card>${script()}`, { csp: only });
    const [card] = await rendered(win);
    await until(() => complaints(win).length == 2);
    expect(complaints(win)[0]).to.match(/^warn: .*locales\/es\.json/);
    expect(complaints(win)[1]).to.match(/^warn: .*locales\/en\.json/);
    expect(shown(card)).to.contain(en.cardHeading);
    expect(win.__spy.errors).to.deep.equal([]);
  });

  describe('Trusted Types', () => {
    before(function () {
      // Trusted Types shipped in Chromium 83, Firefox 142 and Safari 26; an engine without it cannot test this.
      if (engine != 'chromium' && !('trustedTypes' in window)) this.skip();
    });

    it("Lit's lit-html policy is the only one the page may create, so a second one is refused", async () => {
      const win = await frame(`${widgets}${script()}`, { csp: strictCspWithLanguages });
      await clean(win);
      expect(() => tt(win)!.createPolicy('lit-html', {})).to.throw();
      await until(() => win.__spy.violations.length);
      expect(win.__spy.violations[0]).to.match(/^trusted-types/);
    });

    for (const [name, second] of [
      ['the same URL', '/dist/ser-widgets.js'],
      ['another URL', '/cdn2/ser-widgets.js'],
    ]) {
      it(`included twice from ${name}, it creates the lit-html policy once: no violation, one warning`, async () => {
        const win = await frame(`${widgets}${script()}${script('', second)}`, { csp: strictCspWithLanguages });
        await clean(win);
        expect(complaints(win)).to.have.length(1);
        expect(complaints(win)[0]).to.contain('already on this page');
      });
    }

    it("beside the host page's own Lit, works with the 'allow-duplicates' the README asks for", async () => {
      const csp = strictCspWithLanguages.replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'");
      const head = `<script type="module" src="/test/support/drop-in/fixtures/host-lit.js"></script>`;
      const win = await frame(`<div id="host"></div>${widgets}${script('defer')}`, { csp, head });
      await until(() => win.document.getElementById('host-lit'));
      await clean(win);
      expect(complaints(win)).to.deep.equal([]);
    });

    it("beside the host page's own Lit without 'allow-duplicates', the second policy is refused (why the README asks)", async () => {
      const head = `<script type="module" src="/test/support/drop-in/fixtures/host-lit.js"></script>`;
      const win = await frame(`<div id="host"></div>${widgets}${script('defer')}`, {
        csp: strictCspWithLanguages,
        head,
      });
      await until(() => win.document.getElementById('host-lit'));
      await until(() => win.__spy.violations.some((v) => v.startsWith('trusted-types')));
    });
  });
});
