// Nothing the drop-in loads can run code it was not released with (issue 13): languages are JSON, fetched only
// from the real script's own folder, and refused unless their bytes match the hash built into the drop-in.
import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import es from '../../src/i18n/locales/es.js';
import { until } from '../support/helpers.js';
import {
  complaints,
  frame,
  otherOrigin,
  rendered,
  script,
  shown,
  tick,
  widgets,
  type Win,
} from '../support/drop-in/frame.js';

/** Every URL the page requested (resource timing) and every fetch() it made (the spy). */
const requests = (win: Win) => win.performance.getEntriesByType('resource').map((e) => e.name);
const fetches = (win: Win) => win.__spy.calls.filter((c) => c.startsWith('fetch('));

/** Waits until the page either shows Spanish or has warned, then a little longer for stragglers. */
async function settled(win: Win): Promise<Element[]> {
  const els = await rendered(win);
  await until(() => shown(els[0]).includes(es.cardHeading) || complaints(win).length, 4000);
  await new Promise((r) => setTimeout(r, 150));
  await tick(win);
  return els;
}

/** Every widget shows English, with exactly one warning naming the refused file, and nothing ran or broke. */
function english(win: Win, els: Element[]): void {
  expect(shown(els[0])).to.contain(en.cardHeading);
  expect(shown(els[1])).to.contain(en.sections[0].title);
  expect(shown(els[2])).to.contain(en.clHeading);
  expect(complaints(win)).to.have.length(1);
  expect(complaints(win)[0]).to.match(/^warn: ser-widgets: locales\/es\.json .*English/);
  expect(win.pwned, 'code from a language file ran').to.be.undefined;
  expect(win.__spy.errors).to.deep.equal([]);
}

describe('drop-in: the script’s own address cannot be spoofed by page markup', () => {
  const image = `<img name="currentScript" src="${otherOrigin}/x.png" alt="">`;
  const cases: [string, string, string][] = [
    ['<img name="currentScript"> with a deferred script', image + widgets, script('defer')],
    ['<img name="currentScript"> with the script at the end of <body>', image + widgets + script(), ''],
    [
      '<form name="currentScript" action="//other-origin/">',
      `<form name="currentScript" action="${otherOrigin}/"></form>${widgets}${script()}`,
      '',
    ],
    [
      '<embed name="currentScript">',
      `<embed name="currentScript" src="${otherOrigin}/x.png">${widgets}${script()}`,
      '',
    ],
  ];
  for (const [name, body, head] of cases)
    it(`${name} on a Spanish page: Spanish from the real file, no request to the other origin`, async () => {
      const win = await frame(body, { lang: 'es', head });
      const els = await settled(win);
      for (const [el, text] of [
        [els[0], es.cardHeading],
        [els[1], es.sections[0].title],
        [els[2], es.clHeading],
      ] as const)
        expect(shown(el)).to.contain(text);
      expect(fetches(win)).to.deep.equal([`fetch(${location.origin}/dist/locales/es.json)`]);
      // The markup's own image request is the page's doing; nothing else may go to the other origin.
      expect(requests(win).filter((u) => u.startsWith(otherOrigin) && !u.endsWith('/x.png'))).to.deep.equal([]);
      expect(complaints(win)).to.deep.equal([]);
    });

  it('as type="module" (no currentScript) with document.scripts shadowed by two <img name="scripts">: English, one warning, no other request', async () => {
    const fakes = `<img name="scripts" alt="" src="${otherOrigin}/ser-widgets.js"><img name="scripts" alt="">`;
    const win = await frame(fakes + widgets, { lang: 'es', head: script('type="module"') });
    const els = await settled(win);
    expect(shown(els[0])).to.contain(en.cardHeading);
    // Spanish fails, so English shows, and the rest of English (locales/en.json) cannot be fetched either.
    await until(() => complaints(win).length == 2);
    expect(complaints(win)[0]).to.match(/^warn: .*locales\/es\.json/);
    expect(complaints(win)[1]).to.match(/^warn: .*locales\/en\.json/);
    expect(fetches(win)).to.deep.equal([]);
    expect(requests(win).filter((u) => u.includes('/locales/'))).to.deep.equal([]);
  });

  it('as type="module", unshadowed, it finds its own <script> and loads Spanish from beside it', async () => {
    const win = await frame(widgets, { lang: 'es', head: script('type="module"') });
    const els = await settled(win);
    expect(shown(els[0])).to.contain(es.cardHeading);
    expect(fetches(win)).to.deep.equal([`fetch(${location.origin}/dist/locales/es.json)`]);
  });
});

describe('drop-in: a language file must be the released one', () => {
  it('a locales/es.json with one byte changed is refused: English, one warning, the changed text never shows', async () => {
    const win = await frame(widgets, { lang: 'es', head: script('defer', '/tampered/ser-widgets.js') });
    const els = await settled(win);
    english(win, els);
    expect(shown(els[0])).to.not.contain('somatoEmocional');
    // It was fetched, as data: the refusal is the hash check, not a missing file. The old code file is never asked for.
    // Then the rest of English, untouched, for the English now shown.
    await until(() => fetches(win).length == 2);
    expect(fetches(win)).to.deep.equal([
      `fetch(${location.origin}/tampered/locales/es.json)`,
      `fetch(${location.origin}/tampered/locales/en.json)`,
    ]);
    expect(requests(win).filter((u) => u.endsWith('/locales/es.js'))).to.deep.equal([]);
  });

  it('the tampered file really differs by one byte, and the untouched one loads (so the test above can fail)', async () => {
    const [good, bad] = await Promise.all(
      ['/dist/locales/es.json', '/tampered/locales/es.json'].map(
        async (u) => new Uint8Array(await (await fetch(u)).arrayBuffer()),
      ),
    );
    expect(bad.length).to.equal(good.length);
    expect(good.filter((b, i) => b != bad[i]).length).to.equal(1);
    const win = await frame(widgets, { lang: 'es', head: script('defer') });
    expect(shown((await settled(win))[0])).to.contain(es.cardHeading);
  });

  it('the right bytes from another origin (a redirect from beside the drop-in) are refused: English, one warning', async () => {
    const win = await frame(widgets, { lang: 'es', head: script('defer', '/moved/ser-widgets.js') });
    english(win, await settled(win));
    // The other origin serves the same bytes and allows reading them: only the drop-in's own rule refuses them.
    const direct = await fetch(`${otherOrigin}/dist/locales/es.json`);
    expect((await direct.json()).cardHeading).to.equal(es.cardHeading);
  });
});
