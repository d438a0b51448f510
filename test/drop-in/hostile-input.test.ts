// Hostile and broken practitioner input, in every attribute, slot, property and JSON config of the built drop-in.
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { until } from '../support/helpers.js';
import {
  close,
  complaints,
  deep,
  frame,
  manifest,
  rendered,
  script,
  shown,
  widgets,
  type ManifestElement,
  type Win,
} from '../support/drop-in/frame.js';

const payload = (s: string) => s.replace(/PWN/g, 'window.pwned=1');
/** Markup and script strings: each must show as text or be refused, and never run. */
const markup = [
  '<img src=x onerror="PWN">',
  '"><script>PWN</script>',
  "'><svg onload=PWN>",
  '<iframe src="javascript:PWN"></iframe>',
  'javascript:PWN',
  ' JaVaScRiPt:PWN',
  'data:text/html,<script>PWN</script>',
].map(payload);
/** Values that are wrong in kind or size rather than malicious. */
const broken = [
  '',
  ' ',
  'x'.repeat(10000),
  '🧘🏽‍♀️ Z̴̡̢a̷l̸g̵o̶ ﷽ नमस्ते',
  '\u202Eevil\u202C\u200B\u200D\uFEFF',
  '__proto__',
  'constructor',
  '9',
  '-1',
  '1e3',
  'NaN',
  'en_US!',
  'x-'.repeat(40),
];
const values = [...markup, ...broken];

const dangerous = 'script, iframe, object, embed, frame, base, meta, link';
const badUrl = /^\s*(javascript|data|vbscript):/i;

/** What hostile input must never cause inside the page: returns every sign of it. */
function harm(win: Win, els: Element[], allowed: Record<string, number>): string[] {
  const bad: string[] = [];
  if (win.pwned !== undefined) bad.push('a payload ran (window.pwned is set)');
  if (
    ({} as Record<string, unknown>).polluted !== undefined ||
    (win.Object.prototype as Record<string, unknown>).polluted
  )
    bad.push('Object.prototype was polluted');
  for (const el of els) {
    const all = deep(el.shadowRoot!);
    for (const e of all) {
      if (e.matches(dangerous)) bad.push(`${el.localName} has a <${e.localName}>`);
      for (const a of e.getAttributeNames()) {
        if (/^on/i.test(a)) bad.push(`${el.localName} <${e.localName} ${a}>`);
        if (/^(href|src|action|formaction|xlink:href)$/i.test(a) && badUrl.test(e.getAttribute(a)!))
          bad.push(`${el.localName} <${e.localName} ${a}="${e.getAttribute(a)!.slice(0, 30)}">`);
      }
    }
    for (const tag of ['img', 'svg']) {
      const n = all.filter((e) => e.localName == tag).length;
      if (n > (allowed[`${el.localName} ${tag}`] ?? 0)) bad.push(`${el.localName} has ${n} <${tag}>`);
    }
  }
  return bad;
}

/** How many <img> and <svg> each widget draws by itself, so only ones the input asked for count. */
async function ownImages(win: Win): Promise<Record<string, number>> {
  const box = win.document.createElement('div');
  box.innerHTML = widgets;
  win.document.body.append(box);
  const out: Record<string, number> = {};
  for (const el of await rendered(win, box))
    for (const tag of ['img', 'svg'])
      out[`${el.localName} ${tag}`] = deep(el.shadowRoot!).filter((e) => e.localName == tag).length;
  box.remove();
  return out;
}

/** Waits for Lit's updates (twice: a provider's value reaches its widgets one update later), not for frames. */
async function updated(win: Win, els: Element[]) {
  type U = Element & { updateComplete?: Promise<unknown> };
  for (let i = 0; i < 2; i++) await Promise.all((els as U[]).map((e) => e.updateComplete));
  if (els.some((e) => !e.shadowRoot?.childElementCount))
    await rendered(win, els[0].parentNode!, 1000).catch(() => undefined);
}

const tags = ['ser-provider', 'ser-explainer-card', 'ser-what-to-expect', 'ser-emotion-checklist'];
// Read before the suite is declared, so each attribute gets its own test.
const elements: ManifestElement[] = await manifest();
const of = (tag: string) => elements.find((e) => e.tag == tag) ?? { tag, attributes: [], fields: [], slots: [] };
// Properties behind attributes take strings (tested through the attributes); these take structured data.
const data = (tag: string) => of(tag).fields.filter((f) => !of(tag).attributes.some((a) => a.fieldName == f.name));

/** Every message, section and item of the copy set to `text`. */
const everyMessage = (text: string) =>
  Object.fromEntries(
    Object.entries(en).map(([key, english]) => {
      if (key == 'sections') return [key, [{ title: text, body: [text], list: [text] }]];
      if (key == 'groups') return [key, [{ legend: text, items: [{ label: text, hint: text }] }]];
      return [key, Array.isArray(english) ? [text] : text];
    }),
  );

describe('drop-in: hostile and broken input', () => {
  let win: Win;
  let allowed: Record<string, number>;

  it('the custom-elements manifest lists every element, with attributes and properties to try', () => {
    expect(elements.map((e) => e.tag).sort()).to.deep.equal([...tags].sort());
    for (const e of elements) expect(e.attributes.length, `${e.tag} attributes`).to.be.greaterThan(0);
    for (const tag of ['ser-provider', 'ser-what-to-expect', 'ser-emotion-checklist'])
      expect(data(tag).length, `${tag} data properties`).to.be.greaterThan(0);
  });

  // One page for the whole file (a page per test is too slow for three engines); each check reads only its own deltas.
  before(async () => {
    win = await frame(script(), { keep: true });
    await until(() => win.customElements.get('ser-emotion-checklist'));
    allowed = await ownImages(win);
  });
  after(() => close(win));
  /** Adds an element to the shared page for one test; it is removed after the test. */
  const boxes: Element[] = [];
  const put = <T extends Element>(el: T): T => {
    const box = win.document.createElement('div');
    box.append(el);
    win.document.body.append(box);
    boxes.push(box);
    return el;
  };
  afterEach(() => boxes.splice(0).forEach((b) => b.remove()));
  let errors = 0;
  let logs = 0;
  beforeEach(() => {
    errors = win.__spy.errors.length;
    logs = win.__spy.logs.length;
  });
  const said = () => complaints({ __spy: { ...win.__spy, logs: win.__spy.logs.slice(logs) } } as Win);

  /**
   * Renders `make(v)` (a fresh element, or a provider with widgets) for each value and collects, per value,
   * anything rendered empty, any harm, and more than `most` warnings.
   */
  async function each(label: string, make: (v: string) => Element, vals = values, most = 1) {
    const problems: string[] = [];
    for (const v of vals) {
      const at = `${label}="${v.slice(0, 30)}"`;
      const before = said().length;
      const box = win.document.createElement('div');
      box.append(make(v));
      win.document.body.append(box);
      const els = [...box.querySelectorAll('ser-explainer-card, ser-what-to-expect, ser-emotion-checklist')];
      await updated(win, els);
      for (const el of els)
        if (!el.shadowRoot?.childElementCount) problems.push(`${at}: ${el.localName} rendered nothing`);
      problems.push(...harm(win, els, allowed).map((h) => `${at}: ${h}`));
      const heard = said().slice(before);
      if (heard.length > most) problems.push(`${at}: ${heard.length} warnings: ${heard.join(' | ')}`);
      box.remove();
    }
    await new Promise((r) => setTimeout(r, 100)); // an <img onerror> would fire by now
    if (win.pwned !== undefined) problems.push(`${label}: a payload ran`);
    problems.push(...win.__spy.errors.slice(errors).map((e) => `${label}: error ${e}`));
    expect(problems).to.deep.equal([]);
  }

  /** A widget, or for the provider a provider with every widget inside. */
  const element = (tag: string) => {
    const el = win.document.createElement(tag);
    if (tag == 'ser-provider') el.innerHTML = widgets;
    return el;
  };

  describe('every attribute of every element: shown as text or refused, at most one warning, nothing runs', () => {
    for (const tag of tags)
      for (const { name } of of(tag).attributes)
        it(`<${tag} ${name}>`, async () => {
          await each(`${tag} ${name}`, (v) => {
            const el = element(tag);
            el.setAttribute(name, v);
            return el;
          });
        });
  });

  it('a warning for bad input names the element and the attribute', async () => {
    await each(
      'theme',
      (v) => {
        const el = element('ser-explainer-card');
        el.setAttribute('theme', v);
        el.setAttribute('heading-level', v);
        return el;
      },
      ['neon'],
      2,
    );
    expect(said()).to.have.length(2);
    expect(said()[0]).to.match(/^warn: <ser-explainer-card> (theme|heading-level): "neon"/);
  });

  it('an invalid locale tag (Intl.Locale throws on it) falls back to English with one line', async () => {
    await each(
      'locale',
      (v) => {
        const el = element('ser-explainer-card');
        el.setAttribute('locale', v);
        return el;
      },
      ['de_DE@x!'],
    );
    expect(said()).to.have.length(1);
    const card = put(win.document.createElement('ser-explainer-card'));
    card.setAttribute('locale', 'de_DE@x!');
    await rendered(win, card.parentNode!);
    expect(shown(card)).to.contain(en.cardHeading);
  });

  it('markup in an attribute shows as text, exactly as written', async () => {
    const card = put(win.document.createElement('ser-explainer-card'));
    card.setAttribute('heading', markup[0]);
    await rendered(win, card.parentNode!);
    expect(card.shadowRoot!.querySelector('h2, h3, h4, h5, h6')!.textContent!.trim()).to.equal(markup[0]);
  });

  describe('every slot', () => {
    for (const tag of tags.slice(1))
      it(`<${tag}>: markup strings as slotted text, and as the practitioner's own sections or items`, async () => {
        const slots = of(tag).slots;
        await each(
          `${tag} slots`,
          (v) => {
            const el = element(tag);
            for (const name of slots) {
              const s = win.document.createElement(name ? 'span' : 'p');
              if (name) s.slot = name;
              s.textContent = v;
              el.append(s);
            }
            // The light-DOM shapes the widgets read: <details> sections and <fieldset> items, with hostile text.
            const d = win.document.createElement('details');
            d.append(Object.assign(win.document.createElement('summary'), { textContent: v }), v);
            const f = win.document.createElement('fieldset');
            const label = win.document.createElement('label');
            const box = Object.assign(win.document.createElement('input'), { type: 'checkbox', value: v });
            label.append(box, v, Object.assign(win.document.createElement('small'), { textContent: v }));
            f.append(Object.assign(win.document.createElement('legend'), { textContent: v }), label);
            el.append(d, f);
            return el;
          },
          markup,
        );
      });
  });

  describe('JSON config in <ser-provider>', () => {
    const provider = (json: string) => () => {
      const p = element('ser-provider');
      const s = win.document.createElement('script');
      s.type = 'application/json';
      s.textContent = json;
      p.prepend(s);
      return p;
    };

    it('malformed JSON: one warning naming the element, then the defaults', async () => {
      await each('json', provider('{"practitioner": "Sam",'), ['x']);
      expect(said()).to.have.length(1);
      expect(said()[0]).to.match(/^warn: <ser-provider> .*JSON/);
    });

    it('__proto__ and constructor keys are dropped: nothing is polluted, each is named in a warning', async () => {
      const json = JSON.stringify({ practitioner: 'Sam', messages: { cardHeading: 'Hi' } })
        .replace('{', '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}},')
        .replace('"messages":{', '"messages":{"__proto__": {"polluted": "yes"}, "toString": "x",');
      await each('json', provider(json), ['x'], 4);
      expect(said().join('\n')).to.contain('__proto__').and.to.contain('constructor');
      expect(said().every((c) => c.startsWith('warn: <ser-provider>'))).to.equal(true);
    });

    it('hostile strings in every message, section and item show as text', async () => {
      const s = markup[0];
      const messages = everyMessage(s);
      const json = JSON.stringify({ practitioner: s, bookingUrl: markup[4], supportUrl: markup[6], messages });
      await each('json', provider(json), ['x'], 2);
      const p = put(provider(json)());
      for (const el of await rendered(win, p)) expect(shown(el), el.localName).to.contain(s);
      expect(said().filter((c) => !/(bookingUrl|supportUrl|booking-url|support-url|cta-href)/i.test(c))).to.deep.equal(
        [],
      );
    });

    it('0 items falls back to the defaults with a warning; 1,000 items all render', async () => {
      const none = JSON.stringify({ messages: { sections: [], groups: [] } });
      await each('json', provider(none), ['x'], 2);
      const p = put(provider(none)());
      const [, wte, cl] = await rendered(win, p);
      expect(shown(wte)).to.contain(en.sections[0].title);
      expect(shown(cl)).to.contain(en.groups[0].items[0].label);
      expect(said().length).to.be.greaterThan(0);

      const n = 1000;
      const many = JSON.stringify({
        messages: {
          sections: Array.from({ length: n }, (_, i) => ({ title: `Part ${i}`, body: [`Text ${i}`] })),
          groups: [{ legend: 'Many', items: Array.from({ length: n }, (_, i) => ({ label: `Item ${i}` })) }],
        },
      });
      const big = put(provider(many)());
      const [, wte2, cl2] = await rendered(win, big, 8000);
      expect(shown(wte2)).to.contain(`Part ${n - 1}`);
      expect(cl2.shadowRoot!.querySelectorAll('input[type=checkbox]').length).to.be.at.least(n);
      expect(win.__spy.errors.slice(errors)).to.deep.equal([]);
    });

    // Names every object has by inheritance: a placeholder looks only at its own values, so these stay as written.
    const inherited = 'Note {constructor} {__proto__} {toString} {valueOf} here';

    it('{constructor}, {__proto__}, {toString}, {valueOf} in every message, section and item show as written', async () => {
      const messages = everyMessage(inherited);
      const p = put(provider(JSON.stringify({ practitioner: inherited, messages }))());
      for (const el of await rendered(win, p)) {
        await updated(win, [el]);
        expect(shown(el), el.localName).to.contain(inherited);
        expect(shown(el), el.localName).to.not.match(/function|\[object|native code/);
      }
      expect(said()).to.deep.equal([]);
      expect(win.__spy.errors.slice(errors)).to.deep.equal([]);
    });

    it('the same names in <summary> text and in checklist labels written in the page show as written', async () => {
      const wte = element('ser-what-to-expect');
      wte.innerHTML = `<details><summary>${inherited}</summary><p>${inherited}</p></details>`;
      const cl = element('ser-emotion-checklist');
      cl.innerHTML = `<fieldset><legend>${inherited}</legend><label><input type="checkbox" value="a"> ${inherited} <small>${inherited}</small></label></fieldset>`;
      const box = put(win.document.createElement('div'));
      box.append(wte, cl);
      for (const el of await rendered(win, box)) {
        expect(shown(el), el.localName).to.contain(inherited);
        expect(shown(el), el.localName).to.not.match(/function|\[object|native code/);
      }
      expect(win.__spy.errors.slice(errors)).to.deep.equal([]);
    });

    it('wrong types for every key: warnings and defaults, nothing thrown', async () => {
      const wrong = [
        {
          locale: 12,
          theme: 'neon',
          practitioner: ['x'],
          bookingUrl: {},
          supportUrl: 'javascript:alert(1)',
          headingLevel: '9',
        },
        { messages: 'text' },
        { messages: { sections: 'text', groups: {}, cardMore: 5, cardHeading: null } },
        {
          messages: {
            sections: [null, 1, 'x', { title: '' }, { title: 'T', body: [] }],
            groups: [{ legend: 'L', items: [{}] }],
          },
        },
        [],
        null,
        'text',
      ].map((c) => JSON.stringify(c));
      for (const json of wrong) await each(`json ${json.slice(0, 40)}`, provider(json), ['x'], 8);
    });
  });

  describe('JavaScript properties', () => {
    const odd = (s: string): unknown[] => [
      null,
      undefined,
      42,
      s,
      {},
      [],
      [null, 1, s],
      [{ title: s, body: [s], legend: s, label: s, items: [{ label: s }] }],
      Object.create(null),
      { __proto__: { polluted: 'yes' } },
      JSON.parse('{"__proto__": {"polluted": "yes"}}'),
    ];

    for (const tag of tags)
      for (const { name } of data(tag))
        it(`<${tag}>.${name} takes any value without an error or a payload running`, async () => {
          for (const [i, v] of odd(markup[0]).entries())
            await each(
              `${tag}.${name} #${i}`,
              () => {
                const el = element(tag) as unknown as Record<string, unknown>;
                try {
                  el[name] = v;
                } catch (e) {
                  throw new Error(`setting ${tag}.${name} threw ${e}`);
                }
                return el as unknown as Element;
              },
              ['x'],
              Infinity,
            );
        });
  });
});
