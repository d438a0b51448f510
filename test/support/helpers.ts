import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

/** Collects console output of one kind while `fn` runs; restores the console after. */
export async function captureConsole(
  kind: 'warn' | 'info' | 'error' | 'log',
  fn: () => unknown | Promise<unknown>,
): Promise<string[]> {
  const seen: string[] = [];
  const orig = console[kind];
  console[kind] = (...args: unknown[]) => void seen.push(args.map(String).join(' '));
  try {
    await fn();
  } finally {
    console[kind] = orig;
  }
  return seen;
}

/** A fixture, rendered and settled (Lit update complete, one more frame for nested elements). */
export async function render<T extends Element>(t: TemplateResult): Promise<T> {
  const el = await fixture<T>(t);
  await settle(el);
  return el;
}

/** Waits for the element and every ser- element inside it to finish updating, then for the frame that shows it. */
export async function settle(el: Element): Promise<void> {
  const all = [el, ...el.querySelectorAll('*')] as (Element & { updateComplete?: Promise<unknown> })[];
  await Promise.all(all.map((e) => e.updateComplete));
  await painted();
}

/** After the next frame is painted: what a reader sees (an off-screen widget is sized and laid out for real by then). */
export const painted = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => setTimeout(r)));

/** The visible text of a shadow root, whitespace folded. */
export const text = (el: Element): string => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** A fresh same-origin page in an iframe, for loading the built drop-in in isolation. */
export async function page(html: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.srcdoc = html;
  const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow!;
}

/** Polls until `fn` returns a truthy value (for work that finishes in another page or task). */
export async function until<T>(fn: () => T, ms = 3000): Promise<T> {
  const end = performance.now() + ms;
  for (;;) {
    const v = fn();
    if (v) return v;
    if (performance.now() > end) throw new Error(`timed out waiting for ${fn}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/**
 * Clicks a widget's print button, stubs the print() of the frame it adds as soon as the frame is there (the drop-in may
 * first fetch the printed note's English), waits until it was called, and resolves to the printed document.
 */
export async function printed(el: Element, button: HTMLElement): Promise<Document> {
  let calls = 0;
  let frame: HTMLIFrameElement | null = null;
  const added = new MutationObserver(() => {
    frame = el.shadowRoot!.querySelector('iframe');
    if (frame) frame.contentWindow!.print = () => void calls++;
  });
  added.observe(el.shadowRoot!, { childList: true, subtree: true });
  button.click();
  await until(() => calls);
  added.disconnect();
  return frame!.contentDocument!;
}
