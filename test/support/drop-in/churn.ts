// Shared by the leak tests: a page that tracks long-lived listeners, and insert/remove cycles.
import { until } from '../helpers.js';
import { engine, frame, frameOf, script, widgets, widgetTags, type Win } from './frame.js';

export type Tracked = Win & { __listeners: { added: number; removed: number; live: () => string[] } };
export type Updating = HTMLElement & { updateComplete?: Promise<unknown> };

export const cycles = 1000;
export const gc = (window as unknown as { gc?: () => void }).gc;
const memory = () => (performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
/** Used JS heap after two full collections (the whole renderer's heap: the test page and the fixture frame). */
export const heap = () => {
  gc!();
  gc!();
  return memory();
};

export async function page(): Promise<Tracked> {
  const win = (await frame(script(), {
    head: '<script src="/test/support/drop-in/fixtures/listeners.js"></script>',
  })) as Tracked;
  await until(() => win.customElements.get('ser-emotion-checklist'));
  return win;
}

/** Inserts and removes a fresh element `n` times: every other one is removed at once, before its first render. */
export async function churn(win: Win, make: () => HTMLElement, n: number, into: Element = win.document.body) {
  for (let i = 0; i < n; i++) {
    const el = make();
    into.append(el);
    if (i % 2) await Promise.all([el, ...el.querySelectorAll('*')].map((e) => (e as Updating).updateComplete));
    el.remove();
    if (i % 100 == 99) await frameOf(win);
  }
  await new Promise((r) => setTimeout(r, 50));
}

export const make = (win: Win, tag: string) => () => {
  const el = win.document.createElement(tag);
  if (tag == 'ser-provider') el.innerHTML = widgets;
  return el;
};

/** Skips the current test outside Chromium: only it exposes gc() and precise heap sizes here. */
export const chromiumOnly = function (this: Mocha.Context) {
  if (engine != 'chromium' || !gc) this.skip();
};

/** What heap.test.ts and leaks.test.ts churn: each widget alone, then a provider with every widget inside. */
export const subjects = [...widgetTags, 'ser-provider'].map((tag) => ({
  tag,
  what: tag == 'ser-provider' ? '<ser-provider> with every widget inside' : `<${tag}>`,
}));

/** A provider that stays on the page, and a maker of widgets (each kind in turn) to churn inside it. */
export const stayingProvider = (win: Win) => {
  const provider = win.document.createElement('ser-provider');
  win.document.body.append(provider);
  let i = 0;
  return { provider, next: () => win.document.createElement(widgetTags[i++ % widgetTags.length]) };
};
