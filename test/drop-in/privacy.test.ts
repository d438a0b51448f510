// Privacy by default: nothing leaves the page, nothing is stored, unless the practitioner opts in.
import { expect } from '@open-wc/testing';
import { until } from '../support/helpers.js';
import { exercise, frame, rendered, script, tick, widgets, type Win } from '../support/drop-in/frame.js';

/** Any request to another origin is blocked by this policy and reported, so none can go unseen. */
const sameOriginOnly = "default-src 'self'; style-src 'self' 'unsafe-inline'";

const config = `<script type="application/json">{"practitioner": "Sam", "bookingUrl": "https://booking.example.com/sam",
  "supportUrl": "https://example.com/contact"}</script>`;

/** Requests the page made, from the browser's own resource timing, that left its origin. */
const offOrigin = (win: Win) =>
  win.performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((u) => new URL(u).origin != location.origin);

async function idbNames(win: Win): Promise<string[]> {
  const idb = win.indexedDB as IDBFactory & { databases?: () => Promise<{ name?: string }[]> };
  return idb.databases ? (await idb.databases()).map((d) => d.name ?? '') : [];
}

describe('drop-in: privacy by default', () => {
  it('a reader who uses every widget causes no request off the page, no cookie and no storage', async () => {
    const cookies = document.cookie;
    const win = await frame(`<ser-provider locale="es">${config}${widgets}</ser-provider>${script()}`, {
      csp: sameOriginOnly,
    });
    const dbs = await idbNames(win);
    for (const el of await rendered(win)) {
      await exercise(win, el);
      await exercise(win, el);
    }
    await tick(win);
    await new Promise((r) => setTimeout(r, 200));
    expect(win.__spy.violations, 'blocked requests').to.deep.equal([]);
    expect(offOrigin(win), 'requests off the origin').to.deep.equal([]);
    // The one call allowed: the Spanish file, from beside the drop-in.
    expect(
      win.__spy.calls.filter((c) => c != 'print()'),
      'storage and network calls',
    ).to.deep.equal([`fetch(${location.origin}/dist/locales/es.json)`]);
    expect(win.document.cookie, 'cookies').to.equal(cookies);
    expect(
      Object.keys(win.localStorage).filter((k) => /ser/i.test(k)),
      'localStorage',
    ).to.deep.equal([]);
    expect(
      Object.keys(win.sessionStorage).filter((k) => /ser/i.test(k)),
      'sessionStorage',
    ).to.deep.equal([]);
    expect(await idbNames(win), 'IndexedDB databases').to.deep.equal(dbs);
    expect(win.__spy.errors).to.deep.equal([]);
  });

  it('the only request it makes is a locale file beside it, and only when a page asks for that language', async () => {
    const win = await frame(`<ser-provider locale="es">${widgets}</ser-provider>${script()}`, { csp: sameOriginOnly });
    await rendered(win);
    await until(() => win.performance.getEntriesByType('resource').some((e) => e.name.includes('/locales/')));
    const requests = win.performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => !p.startsWith('/test/'));
    expect(requests).to.deep.equal(['/dist/ser-widgets.js', '/dist/locales/es.json']);
  });

  it('an English page makes one request: locales/en.json beside the drop-in, without cookies, and stores nothing', async () => {
    const credentials = `<script>const f = fetch; window.sent = []; window.fetch = (u, o) => (sent.push(o && o.credentials), f(u, o));</script>`;
    // No CSP here: it would block the inline wrapper; resource timing still sees any request off the origin.
    const win = await frame(`<ser-provider>${config}${widgets}</ser-provider>${script()}`, { head: credentials });
    for (const el of await rendered(win)) await exercise(win, el);
    await until(() => win.__spy.calls.some((c) => c.startsWith('fetch(')), 5000);
    await new Promise((r) => setTimeout(r, 200));
    expect(win.__spy.calls.filter((c) => c != 'print()')).to.deep.equal([
      `fetch(${location.origin}/dist/locales/en.json)`,
    ]);
    expect((win as unknown as { sent: unknown[] }).sent).to.deep.equal(['omit']);
    expect(offOrigin(win)).to.deep.equal([]);
    expect(win.__spy.errors).to.deep.equal([]);
  });

  it('the spy sees storage when the practitioner opts in (persist, remember), so the test above can fail', async () => {
    const keys = (s: Storage) => new Set(Object.keys(s));
    const before = [keys(localStorage), keys(sessionStorage)];
    const win = await frame(
      `<ser-what-to-expect remember></ser-what-to-expect><ser-emotion-checklist persist></ser-emotion-checklist>${script()}`,
    );
    for (const el of await rendered(win)) await exercise(win, el);
    await until(() => win.__spy.calls.some((c) => c.startsWith('Storage.setItem')));
    for (const el of await rendered(win)) el.remove();
    // Only what the widgets stored goes: other test files share this origin's storage.
    [win.localStorage, win.sessionStorage].forEach((s, i) =>
      Object.keys(s).forEach((k) => before[i].has(k) || s.removeItem(k)),
    );
  });
});
