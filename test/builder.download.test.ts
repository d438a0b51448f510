// The builder's "Download the files (zip)" link where it is served. The test server puts the builder beside a
// zip of this build, a zip of another build, or none (test/support/release-route.mjs). Needs `npm run build` first.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from './support/helpers.js';

type Site = 'with-zip' | 'old-zip' | 'no-zip';

/** The builder served from `site`, once it has decided whether to offer the zip. */
async function open(site: Site): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.width = '1100';
  frame.height = '800';
  frame.src = `/${site}/examples/builder.html`;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow!;
  await until(() => win.document.documentElement.dataset.zip, 8000);
  return win;
}

const link = (win: Window) => win.document.querySelector<HTMLAnchorElement>('#download-link')!;
/** Shown: it has a box on the page (a hidden ancestor gives it none). */
const shown = (el: Element) => el.getClientRects().length > 0;
/** What this page fetched under release/ (answers that were not errors). */
const asked = (win: Window) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => new URL(e.name).pathname)
    .filter((p) => p.includes('/release/'));

/** axe-core inside the builder's page. */
async function axe(win: Window) {
  type Axe = { run: (c: Node) => Promise<{ violations: { id: string }[] }> };
  const s = win.document.createElement('script');
  s.src = '/node_modules/axe-core/axe.min.js';
  const loaded = new Promise((r) => s.addEventListener('load', r, { once: true }));
  win.document.head.append(s);
  await loaded;
  const { violations } = await (win as Window & { axe: Axe }).axe.run(win.document);
  return violations.map((v) => v.id);
}

let version = '';
before(async () => {
  ({ version } = await (await fetch('/package.json')).json());
});

beforeEach(function () {
  this.currentTest!.timeout(30000);
});

afterEach(() => {
  for (const f of document.querySelectorAll('iframe')) f.remove();
});

describe('builder: "Download the files (zip)"', () => {
  it('beside a zip of this build: a link under "My own website" that downloads it, reached by Tab with visible focus', async () => {
    const win = await open('with-zip');
    const a = link(win);
    expect(shown(a)).to.be.true;
    expect(a.textContent!.trim()).to.equal('Download the files (zip)');
    expect(a.hasAttribute('download')).to.be.true;
    expect(a.href).to.equal(new URL(`/with-zip/release/ser-widgets-${version}.zip`, location.href).href);
    expect(a.closest('fieldset')!.querySelector('legend')!.textContent).to.contain('Where the widgets load from');
    const res = await fetch(a.href);
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.contain('application/zip');
    expect(new TextDecoder().decode((await res.arrayBuffer()).slice(0, 2))).to.equal('PK');

    win.document.querySelector<HTMLInputElement>('#src-self')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(win.document.activeElement).to.equal(a);
    const ring = win.getComputedStyle(a);
    expect(ring.outlineStyle).to.equal('solid');
    expect(await axe(win)).to.deep.equal([]);
  });

  it('beside a zip of another build: no link, since its ser-widgets.js would not match the hash in the code', async () => {
    const win = await open('old-zip');
    expect(win.document.documentElement.dataset.zip).to.equal('false');
    expect(shown(link(win))).to.be.false;
    expect(link(win).hasAttribute('href')).to.be.false;
    expect(asked(win)).to.deep.equal([`/old-zip/release/ser-widgets-${version}.sri.txt`]);
  });

  it('with no zip: no link and no warning, and the builder works as before', async () => {
    const win = await open('no-zip');
    expect(win.document.documentElement.dataset.zip).to.equal('false');
    expect(shown(link(win))).to.be.false;
    expect(shown(win.document.querySelector('#problem')!)).to.be.false;
    // The builder itself still works: its code is written.
    expect(win.document.querySelector<HTMLTextAreaElement>('#snippet')!.value).to.contain('<ser-provider');
  });
});
