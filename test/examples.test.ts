// The example practitioner page (examples/index.html), loaded from the built drop-in. Needs `npm run build` first.
import { expect } from '@open-wc/testing';
import { until } from './support/helpers.js';

/** Headings in reading order, shadow roots included, as "level text". */
function outline(root: Document | ShadowRoot): string[] {
  const out: string[] = [];
  for (const el of root.querySelectorAll('*')) {
    if (/^h[1-6]$/.test(el.localName)) out.push(`${el.localName[1]} ${el.textContent!.replace(/\s+/g, ' ').trim()}`);
    if (el.shadowRoot) out.push(...outline(el.shadowRoot));
  }
  return out;
}

describe('examples/index.html', () => {
  it('has a heading outline without skipped levels, the checklist under its own section heading', async function () {
    this.timeout(20000);
    const frame = document.createElement('iframe');
    frame.src = '/examples/index.html';
    const loaded = new Promise((r) => frame.addEventListener('load', r, { once: true }));
    document.body.append(frame);
    await loaded;
    const doc = frame.contentDocument!;
    await until(() => doc.querySelector('ser-emotion-checklist')?.shadowRoot?.querySelector('h3'), 10000);
    const h = outline(doc);
    expect(h.slice(0, 3)).to.deep.equal([
      '1 Harbour Light Bodywork',
      '2 What is SomatoEmotional Release?',
      '2 Your visit',
    ]);
    expect(h.slice(-2)).to.deep.equal(['2 Your notes', '3 What did you notice?']);
    const levels = h.map((x) => Number(x[0]));
    levels.forEach((l, i) => i && expect(l, h[i]).to.be.at.most(levels[i - 1] + 1));
    // No two headings, and so no two sections named by them, share a name.
    const names = h.map((x) => x.slice(2));
    expect(new Set(names).size, names.join(' | ')).to.equal(names.length);
    frame.remove();
  });
});
