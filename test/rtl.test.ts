import { expect, html } from '@open-wc/testing';
import '../src/components/provider/provider.js';
import '../src/components/explainer-card/explainer-card.js';
import '../src/components/what-to-expect/what-to-expect.js';
import '../src/components/emotion-checklist/emotion-checklist.js';
import { render } from './support/helpers.js';

const tags = ['ser-explainer-card', 'ser-what-to-expect', 'ser-emotion-checklist'] as const;

/** Every widget, with a booking link so the card shows its button too, inside a page of the given direction. */
const page = (dir: 'ltr' | 'rtl') =>
  render(html`<div dir=${dir} lang=${dir == 'rtl' ? 'ar' : 'en'} style="inline-size: 56rem">
    <ser-provider booking-url="/book" locale="en">
      <ser-explainer-card></ser-explainer-card>
      <ser-what-to-expect></ser-what-to-expect>
      <ser-emotion-checklist allow-other></ser-emotion-checklist>
    </ser-provider>
  </div>`);

/** The first non-blank text node under `el`, outside form controls. */
const firstText = (el: Element): Text | undefined => {
  const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) =>
      n.textContent!.trim() && !n.parentElement!.closest('input, textarea, select')
        ? NodeFilter.FILTER_ACCEPT
        : NodeFilter.FILTER_SKIP,
  });
  return (walk.nextNode() as Text | null) ?? undefined;
};

const textRect = (t: Text) => {
  const r = document.createRange();
  r.selectNodeContents(t);
  return r.getBoundingClientRect();
};

/** Gaps between a text node and the left and right edges of its parent's content box. */
const gaps = (t: Text) => {
  const box = t.parentElement!;
  const b = box.getBoundingClientRect();
  const s = getComputedStyle(box);
  const r = textRect(t);
  return {
    left: r.left - (b.left + parseFloat(s.borderLeftWidth) + parseFloat(s.paddingLeft)),
    right: b.right - parseFloat(s.borderRightWidth) - parseFloat(s.paddingRight) - r.right,
  };
};

/** Headings, legends and buttons of one widget whose text is shorter than its box, so alignment shows. */
const shortTexts = (w: Element) =>
  [...w.shadowRoot!.querySelectorAll('h2, h3, h4, h5, h6, legend, button, label')]
    .filter((e) => (e as HTMLElement).offsetParent)
    .map(firstText)
    .filter((t): t is Text => !!t && textRect(t).width > 0)
    .filter((t) => {
      const g = gaps(t);
      return g.left + g.right > 20;
    });

describe('inside dir="rtl"', () => {
  for (const tag of tags)
    it(`${tag}: direction is rtl on the host and on everything inside`, async () => {
      const root = await page('rtl');
      const w = root.querySelector(tag)!;
      expect(getComputedStyle(w).direction).to.equal('rtl');
      for (const el of w.shadowRoot!.querySelectorAll('*'))
        expect(getComputedStyle(el).direction, el.localName).to.equal('rtl');
    });

  for (const tag of tags)
    it(`${tag}: text starts at the right edge (and at the left in ltr)`, async () => {
      for (const dir of ['ltr', 'rtl'] as const) {
        const root = await page(dir);
        const texts = shortTexts(root.querySelector(tag)!);
        expect(texts.length, `${dir}: short texts found`).to.be.above(0);
        for (const t of texts) {
          const g = gaps(t);
          const what = `${dir} "${t.textContent!.trim().slice(0, 30)}" gaps ${g.left.toFixed(1)} / ${g.right.toFixed(1)}`;
          expect(dir == 'rtl' ? g.right : g.left, what).to.be.below(2);
          expect(dir == 'rtl' ? g.left : g.right, what).to.be.above(2);
        }
      }
    });

  it('checkboxes sit to the right of their label text (to the left in ltr)', async () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const root = await page(dir);
      const boxes = [
        ...root
          .querySelector('ser-emotion-checklist')!
          .shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]'),
      ];
      expect(boxes.length, 'checkboxes').to.be.above(0);
      for (const box of boxes) {
        const label = box.labels?.[0];
        expect(label, `label of ${box.id || box.value}`).to.exist;
        const text = textRect(firstText(label!)!);
        const b = box.getBoundingClientRect();
        const what = `${dir} ${label!.textContent!.trim().slice(0, 20)}`;
        if (dir == 'rtl') expect(b.left, what).to.be.at.least(text.right - 1);
        else expect(b.right, what).to.be.at.most(text.left + 1);
      }
    }
  });

  it('buttons with a chevron or icon beside their text mirror it: the extra space moves to the other side', async () => {
    const sides = async (dir: 'ltr' | 'rtl') => {
      const root = await page(dir);
      return tags.flatMap((tag) =>
        [...root.querySelector(tag)!.shadowRoot!.querySelectorAll('button')]
          .filter((b) => b.offsetParent)
          .map((b) => {
            const t = firstText(b);
            return t ? { name: t.textContent!.trim(), ...gaps(t) } : undefined;
          })
          .filter((x) => !!x),
      );
    };
    const ltr = await sides('ltr');
    const rtl = await sides('rtl');
    expect(rtl.map((b) => b.name)).to.deep.equal(ltr.map((b) => b.name));
    const lopsided = ltr.filter((b) => Math.abs(b.left - b.right) > 4);
    expect(lopsided.length, 'buttons with a chevron').to.be.above(0);
    for (const b of lopsided) {
      const r = rtl.find((x) => x.name == b.name)!;
      expect(Math.sign(r.left - r.right), b.name).to.equal(-Math.sign(b.left - b.right));
    }
  });
});
