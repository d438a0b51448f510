import { expect, html } from '@open-wc/testing';
import '../src/components/provider/provider.js';
import '../src/components/explainer-card/explainer-card.js';
import type { SerProvider } from '../src/components/provider/provider.js';
import type { SerConfig } from '../src/config/config.js';
import { en } from '../src/i18n/en.js';
import es from '../src/i18n/locales/es.js';
import { captureConsole, render, settle, text, until } from './support/helpers.js';

const card = (root: Element) => root.querySelector('ser-explainer-card')!;
const headingEl = (el: Element) => el.shadowRoot!.querySelector('h2, h3, h4, h5, h6')!;
const heading = (el: Element) => headingEl(el).textContent!.trim();
const level = (el: Element) => headingEl(el).localName;
/** The booking link, found by what it is rather than by class. */
const cta = (el: Element) => el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href]');
const scheme = (el: Element) => getComputedStyle(el.shadowRoot!.querySelector('.root')!).colorScheme;

/** Renders inside a provider and waits for the widgets too. */
const inProvider = async (t: ReturnType<typeof html>) => {
  const p = await render<SerProvider>(t);
  await settle(p);
  return p;
};

describe('widgets without a provider', () => {
  it('use the built-in defaults: English, an h2, the light theme, no booking link', async () => {
    const el = await render(html`<ser-explainer-card></ser-explainer-card>`);
    expect(heading(el)).to.equal(en.cardHeading);
    expect(level(el)).to.equal('h2');
    expect(scheme(el)).to.equal('light');
    expect(cta(el)).to.equal(null);
    expect(text(el)).to.contain(en.practitioner);
  });
});

describe('provider attributes reach the widgets', () => {
  it('theme', async () => {
    const p = await inProvider(
      html`<ser-provider theme="dark"><ser-explainer-card></ser-explainer-card></ser-provider>`,
    );
    expect(scheme(card(p))).to.equal('dark');
  });

  it('practitioner fills {name} in the copy', async () => {
    const p = await inProvider(
      html`<ser-provider practitioner="Dana Reyes"><ser-explainer-card></ser-explainer-card></ser-provider>`,
    );
    expect(text(card(p)))
      .to.contain('Dana Reyes')
      .and.not.contain(en.practitioner);
  });

  it('practitioner is shown as text, never parsed as HTML', async () => {
    const p = await inProvider(
      html`<ser-provider practitioner=${'<img src=x onerror=alert(1)>'}><ser-explainer-card></ser-explainer-card></ser-provider>`,
    );
    expect(card(p).shadowRoot!.querySelector('img')).to.equal(null);
    expect(text(card(p))).to.contain('<img src=x onerror=alert(1)>');
  });

  it('booking-url becomes the booking link', async () => {
    const p = await inProvider(
      html`<ser-provider booking-url="https://example.com/book"><ser-explainer-card></ser-explainer-card></ser-provider>`,
    );
    expect(cta(card(p))?.getAttribute('href')).to.equal('https://example.com/book');
    expect(cta(card(p))?.textContent?.trim()).to.equal(en.cardCta);
  });

  it('heading-level sets the main heading level', async () => {
    const p = await inProvider(
      html`<ser-provider heading-level="4"><ser-explainer-card></ser-explainer-card></ser-provider>`,
    );
    expect(level(card(p))).to.equal('h4');
  });

  it('an invalid theme or heading-level warns once, naming the element and attribute, and keeps the default', async () => {
    let p!: SerProvider;
    const warnings = await captureConsole('warn', async () => {
      p = await inProvider(
        html`<ser-provider theme="purple" heading-level="9"><ser-explainer-card></ser-explainer-card></ser-provider>`,
      );
    });
    expect(warnings).to.have.length(2);
    expect(warnings.find((w) => w.includes('theme')))
      .to.contain('<ser-provider>')
      .and.contain('purple');
    expect(warnings.find((w) => w.includes('heading-level')))
      .to.contain('<ser-provider>')
      .and.contain('9');
    expect(scheme(card(p))).to.equal('light');
    expect(level(card(p))).to.equal('h2');
  });
});

describe('nested providers', () => {
  it('the inner one overrides the outer one key by key', async () => {
    const outer = await inProvider(html`
      <ser-provider theme="dark" practitioner="Ana" heading-level="3" locale="es">
        <script type="application/json">
          { "messages": { "cardHeading": "Outer heading", "cardCta": "Outer button" } }
        </script>
        <ser-provider practitioner="Bea" booking-url="/book">
          <script type="application/json">
            { "messages": { "cardCta": "Inner button" } }
          </script>
          <ser-explainer-card></ser-explainer-card>
        </ser-provider>
      </ser-provider>
    `);
    const el = card(outer);
    await until(() => text(el).includes(es.cardMoreOpen));
    expect(scheme(el), 'theme from outer').to.equal('dark');
    expect(level(el), 'level from outer').to.equal('h3');
    expect(heading(el), 'message from outer').to.equal('Outer heading');
    expect(cta(el)?.textContent?.trim(), 'message from inner').to.equal('Inner button');
    expect(cta(el)?.getAttribute('href'), 'url from inner').to.equal('/book');
    expect(text(el), 'name from inner').to.contain('Bea').and.not.contain('Ana');
  });

  it('a widget outside the inner provider only sees the outer one', async () => {
    const outer = await inProvider(html`
      <ser-provider practitioner="Ana">
        <ser-provider practitioner="Bea"><ser-explainer-card id="in"></ser-explainer-card></ser-provider>
        <ser-explainer-card id="out"></ser-explainer-card>
      </ser-provider>
    `);
    expect(text(outer.querySelector('#in')!)).to.contain('Bea');
    expect(text(outer.querySelector('#out')!))
      .to.contain('Ana')
      .and.not.contain('Bea');
  });
});

describe('live updates', () => {
  it('changing a provider attribute or property updates every widget inside', async () => {
    const p = await inProvider(
      html`<ser-provider practitioner="Ana"><ser-explainer-card></ser-explainer-card><div><ser-explainer-card></ser-explainer-card></div></ser-provider>`,
    );
    const cards = [...p.querySelectorAll('ser-explainer-card')];
    p.practitioner = 'Carmen';
    p.setAttribute('heading-level', '5');
    p.setAttribute('theme', 'dark');
    await settle(p);
    for (const c of cards) {
      expect(text(c)).to.contain('Carmen').and.not.contain('Ana');
      expect(level(c)).to.equal('h5');
      expect(scheme(c)).to.equal('dark');
    }
  });

  it('changes to an outer provider reach widgets through an inner one', async () => {
    const p = await inProvider(
      html`<ser-provider><ser-provider booking-url="/b"><ser-explainer-card></ser-explainer-card></ser-provider></ser-provider>`,
    );
    p.practitioner = 'Dee';
    await settle(p);
    expect(text(card(p))).to.contain('Dee');
  });

  it('setting the config property updates the widgets; attributes still win over it', async () => {
    const p = await inProvider(
      html`<ser-provider practitioner="Ana"><ser-explainer-card></ser-explainer-card></ser-provider>`,
    );
    p.config = { practitioner: 'Zoe', bookingUrl: 'https://example.com/', messages: { cardHeading: 'From config' } };
    await settle(p);
    expect(heading(card(p))).to.equal('From config');
    expect(cta(card(p))?.getAttribute('href')).to.equal('https://example.com/');
    expect(text(card(p)))
      .to.contain('Ana')
      .and.not.contain('Zoe');
    p.config = { messages: { cardHeading: 'Second config' } };
    await settle(p);
    expect(heading(card(p))).to.equal('Second config');
    expect(cta(card(p))).to.equal(null);
  });

  it('a widget moved into a provider picks it up; moved out, it goes back to defaults', async () => {
    const root = await render(
      html`<div><ser-provider practitioner="Ana"></ser-provider><ser-explainer-card></ser-explainer-card></div>`,
    );
    const el = card(root);
    expect(text(el)).to.contain(en.practitioner);
    root.querySelector('ser-provider')!.append(el);
    await settle(root);
    expect(text(el)).to.contain('Ana');
    root.append(el);
    await settle(root);
    expect(text(el)).to.contain(en.practitioner).and.not.contain('Ana');
  });
});

describe('JSON configuration in a <script type="application/json"> child', () => {
  it('overrides messages, keeping every message it does not name', async () => {
    const p = await inProvider(html`
      <ser-provider>
        <script type="application/json">
          { "practitioner": "Eli", "messages": { "cardHeading": "About my sessions" } }
        </script>
        <ser-explainer-card></ser-explainer-card>
      </ser-provider>
    `);
    expect(heading(card(p))).to.equal('About my sessions');
    expect(text(card(p)))
      .to.contain('Eli')
      .and.contain(en.cardMoreOpen);
  });

  it('attributes win over the JSON', async () => {
    const p = await inProvider(html`
      <ser-provider practitioner="Attr">
        <script type="application/json">{ "practitioner": "Json" }</script>
        <ser-explainer-card></ser-explainer-card>
      </ser-provider>
    `);
    expect(text(card(p)))
      .to.contain('Attr')
      .and.not.contain('Json');
  });

  it('malformed JSON: exactly one warning naming ser-provider, then the defaults', async () => {
    let p!: SerProvider;
    const warnings = await captureConsole('warn', async () => {
      p = await inProvider(html`
        <ser-provider>
          <script type="application/json">{ "messages": { "cardHeading": "Oops", } </script>
          <ser-explainer-card></ser-explainer-card>
        </ser-provider>
      `);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('ser-provider').and.contain('JSON');
    expect(heading(card(p))).to.equal(en.cardHeading);
  });

  it('an unknown key: one warning naming the key; the known keys still apply', async () => {
    let p!: SerProvider;
    const warnings = await captureConsole('warn', async () => {
      p = await inProvider(html`
        <ser-provider>
          <script type="application/json">{ "colour": "red", "practitioner": "Fay" }</script>
          <ser-explainer-card></ser-explainer-card>
        </ser-provider>
      `);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('ser-provider').and.contain('colour');
    expect(text(card(p))).to.contain('Fay');
  });

  it('an unknown message key: one warning naming it', async () => {
    const warnings = await captureConsole('warn', () =>
      inProvider(html`
        <ser-provider>
          <script type="application/json">{ "messages": { "cardHeadline": "x" } }</script>
          <ser-explainer-card></ser-explainer-card>
        </ser-provider>
      `),
    );
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('cardHeadline');
  });

  it('__proto__ and constructor keys are not copied and do not pollute Object.prototype', async () => {
    const hostile =
      '{ "__proto__": { "polluted": "yes" }, "constructor": { "prototype": { "polluted": "yes" } }, ' +
      '"messages": { "__proto__": { "polluted": "yes", "cardHeading": "Hacked" }, "constructor": "x" } }';
    let p!: SerProvider;
    const warnings = await captureConsole('warn', async () => {
      // Lit cannot bind inside <script>, so this page is built from markup, as a page builder would.
      const wrap = await render(html`<div></div>`);
      wrap.innerHTML = `<ser-provider><script type="application/json">${hostile}</script><ser-explainer-card></ser-explainer-card></ser-provider>`;
      p = wrap.querySelector('ser-provider')!;
      await settle(wrap);
      p.config = JSON.parse(hostile) as SerConfig;
      await settle(p);
    });
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect((Object.prototype as Record<string, unknown>).polluted).to.equal(undefined);
    expect(heading(card(p))).to.equal(en.cardHeading);
    expect(warnings.some((w) => w.includes('__proto__'))).to.equal(true);
    expect(warnings.some((w) => w.includes('constructor'))).to.equal(true);
  });

  it('a config that is not an object (or JSON that is not one) warns, names the element, and throws nothing', async () => {
    const errors: unknown[] = [];
    const onError = (e: ErrorEvent) => errors.push(e.error);
    addEventListener('error', onError);
    let p!: SerProvider;
    const warnings = await captureConsole('warn', async () => {
      try {
        p = await inProvider(html`
          <ser-provider>
            <script type="application/json">[1, 2]</script>
            <ser-explainer-card></ser-explainer-card>
          </ser-provider>
        `);
        p.config = 'oops' as unknown as SerConfig;
        await settle(p);
        p.config = null as unknown as SerConfig;
        await settle(p);
      } finally {
        removeEventListener('error', onError);
      }
    });
    expect(errors).to.deep.equal([]);
    expect(heading(card(p))).to.equal(en.cardHeading);
    expect(warnings).to.have.length(2);
    for (const w of warnings) expect(w).to.contain('<ser-provider>');
  });

  it('editing the JSON script later does not break anything, and replacing it applies the new JSON', async () => {
    const p = await inProvider(html`
      <ser-provider>
        <script type="application/json">{ "practitioner": "Gil" }</script>
        <ser-explainer-card></ser-explainer-card>
      </ser-provider>
    `);
    expect(text(card(p))).to.contain('Gil');
    const s = document.createElement('script');
    s.type = 'application/json';
    s.textContent = '{ "practitioner": "Hal" }';
    p.querySelector('script')!.replaceWith(s);
    await until(() => text(card(p)).includes('Hal'));
  });
});
