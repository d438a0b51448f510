// Shared by the repeated-ids specs (one file per widget, so each gets the runner's whole time budget).
import { expect } from '@open-wc/testing';
import { until } from '../helpers.js';
import { complaints, frame, rendered, script, type Win } from './frame.js';

export const n = 20000;

/**
 * 20,000 identical entries must render in under 2 s, or on a busy machine within twice as long as 20,000
 * different ones (the best of two identical runs, one on each side of the different run, so warm-up and
 * garbage collection weigh on both); each gets its own id, with one warning for the repeated one.
 */
export async function repeated(tag: string, messages: (texts: string[]) => object): Promise<void> {
  const win: Win = await frame(script());
  await until(() => win.customElements.get(tag));

  /** Renders the entries from a provider's JSON; returns the milliseconds it took and the ids the widget gave them. */
  const time = async (texts: string[]) => {
    const start = performance.now();
    const p = win.document.createElement('ser-provider');
    p.innerHTML = `<script type="application/json">${JSON.stringify({ messages: messages(texts) })}</script><${tag}></${tag}>`;
    win.document.body.append(p);
    const [el] = await rendered(win, p, 90000);
    const took = performance.now() - start;
    const ids =
      tag == 'ser-what-to-expect'
        ? [...el.shadowRoot!.querySelectorAll('[aria-controls]')].map((e) => e.getAttribute('aria-controls'))
        : [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map((e) => e.value);
    p.remove();
    return { took, ids };
  };

  const identical = () => Array.from({ length: n }, () => 'Same');
  await time(Array.from({ length: 500 }, (_, i) => `Warm ${i}`));
  const first = await time(identical());
  const different = await time(Array.from({ length: n }, (_, i) => `Entry ${i}`));
  const second = await time(identical());
  const same = first.took < second.took ? first : second;
  expect(same.ids.length).to.be.at.least(n);
  expect(new Set(same.ids).size, 'distinct ids').to.equal(same.ids.length);
  expect(same.took, `ms for identical (different: ${Math.round(different.took)} ms)`).to.be.below(
    Math.max(2000, 2 * different.took),
  );
  expect(complaints(win)).to.have.length(1);
  expect(complaints(win)[0]).to.match(/id: "same" is not valid/);
  expect(win.__spy.errors).to.deep.equal([]);
}
