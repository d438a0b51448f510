import { expect, html } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../src/components/explainer-card/explainer-card.js';
import '../src/components/provider/provider.js';
import type { SerExplainerCard } from '../src/components/explainer-card/explainer-card.js';
import type { SerProvider } from '../src/components/provider/provider.js';
import { en } from '../src/i18n/en.js';
import { registerLocale } from '../src/i18n/locale.js';
import { captureConsole, render, settle, text } from './support/helpers.js';
import { counts, grade, syllables } from './support/readability.js';

type Card = SerExplainerCard;
const $ = <T extends Element = HTMLElement>(el: Element, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const part = (el: Element, name: string) => $(el, `[part~="${name}"]`);
const toggle = (el: Element) => $<HTMLButtonElement>(el, 'button')!;
const cta = (el: Element) => $<HTMLAnchorElement>(el, 'a');
const headingOf = (el: Element) => $(el, 'h2, h3, h4, h5, h6')!;
const shown = (e: Element | null) => !!e && (e as HTMLElement).checkVisibility();
const fold = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const summary = en.cardSummary.replace('{name}', en.practitioner);

/** Renders a card while recording console warnings. */
async function withWarnings<T extends Element>(t: ReturnType<typeof html>): Promise<[T, string[]]> {
  let el!: T;
  const warnings = await captureConsole('warn', async () => {
    el = await render<T>(t);
  });
  return [el, warnings];
}

describe('<ser-explainer-card>', () => {
  describe('default render', () => {
    it('is an article named by its level-2 heading', async () => {
      const el = await render<Card>(html`<ser-explainer-card></ser-explainer-card>`);
      const article = $(el, 'article')!;
      const h = $(el, 'h2')!;
      expect(h.textContent).to.equal('What is SomatoEmotional Release?');
      expect(article.getAttribute('aria-labelledby')).to.equal(h.id);
      expect(el.shadowRoot!.getElementById(h.id)).to.equal(h);
    });

    it('shows the summary with the default name, a closed "Learn more" button and the disclaimer; no button to book', async () => {
      const el = await render<Card>(html`<ser-explainer-card></ser-explainer-card>`);
      expect(fold(part(el, 'summary')!.textContent)).to.equal(summary);
      expect(summary).to.contain('your practitioner uses');
      const b = toggle(el);
      expect(fold(b.textContent)).to.equal('Learn more');
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      const more = el.shadowRoot!.getElementById(b.getAttribute('aria-controls')!)!;
      expect(more.getAttribute('part')).to.equal('more');
      expect(shown(more)).to.be.false;
      expect(shown(part(el, 'disclaimer'))).to.be.true;
      expect(fold(part(el, 'disclaimer')!.textContent)).to.equal(en.cardDisclaimer);
      expect(part(el, 'disclaimer')!.getAttribute('role')).to.equal('note');
      expect(cta(el)).to.be.null;
      expect(el.hasAttribute('open')).to.be.false;
    });

    it('renders without a single console warning', async () => {
      const [, warnings] = await withWarnings(html`<ser-explainer-card></ser-explainer-card>`);
      expect(warnings).to.deep.equal([]);
    });

    it('passes axe, closed', async () => {
      const el = await render<Card>(html`<ser-explainer-card></ser-explainer-card>`);
      await expect(el).to.be.accessible();
    });
  });

  describe('"Learn more"', () => {
    it('opens on click: the paragraphs show, aria-expanded is true, the label says "Show less"', async () => {
      const el = await render<Card>(html`<ser-explainer-card></ser-explainer-card>`);
      toggle(el).click();
      await el.updateComplete;
      const more = part(el, 'more')!;
      expect(shown(more)).to.be.true;
      expect([...more.querySelectorAll('p')].map((p) => p.textContent)).to.deep.equal(en.cardMore);
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
      expect(fold(toggle(el).textContent)).to.equal('Show less');
      expect(el.open).to.be.true;
      expect(el.hasAttribute('open')).to.be.true;
      toggle(el).click();
      await el.updateComplete;
      expect(shown(more)).to.be.false;
      expect(el.hasAttribute('open')).to.be.false;
    });

    it('passes axe, open', async () => {
      const el = await render<Card>(html`<ser-explainer-card open cta-href="/book"></ser-explainer-card>`);
      expect(shown(part(el, 'more'))).to.be.true;
      await expect(el).to.be.accessible();
    });
  });

  describe('ser-toggle', () => {
    it('fires { open } on each click, bubbling out of the shadow root', async () => {
      const el = await render<Card>(html`<ser-explainer-card></ser-explainer-card>`);
      const seen: unknown[] = [];
      const listen = (e: CustomEvent<{ open: boolean }>) => seen.push(e.detail);
      document.addEventListener('ser-toggle', listen);
      try {
        toggle(el).click();
        await el.updateComplete;
        toggle(el).click();
        await el.updateComplete;
      } finally {
        document.removeEventListener('ser-toggle', listen);
      }
      expect(seen).to.deep.equal([{ open: true }, { open: false }]);
    });

    it('does not fire when code sets open (property or attribute)', async () => {
      const el = await render<Card>(html`<ser-explainer-card></ser-explainer-card>`);
      let fired = 0;
      el.addEventListener('ser-toggle', () => fired++);
      el.open = true;
      await el.updateComplete;
      expect(shown(part(el, 'more'))).to.be.true;
      el.removeAttribute('open');
      await el.updateComplete;
      expect(shown(part(el, 'more'))).to.be.false;
      el.setAttribute('open', '');
      await el.updateComplete;
      expect(fired).to.equal(0);
    });
  });

  describe('attributes', () => {
    it('heading replaces the heading text and names the article', async () => {
      const el = await render<Card>(html`<ser-explainer-card heading="About my work"></ser-explainer-card>`);
      const h = $(el, 'h2')!;
      expect(h.textContent).to.equal('About my work');
      expect($(el, 'article')!.getAttribute('aria-labelledby')).to.equal(h.id);
    });

    for (const level of [2, 3, 4, 5, 6])
      it(`heading-level="${level}" renders a real h${level}`, async () => {
        const el = await render<Card>(html`<ser-explainer-card heading-level=${level}></ser-explainer-card>`);
        expect(headingOf(el).localName).to.equal(`h${level}`);
        expect(headingOf(el).textContent).to.equal(en.cardHeading);
      });

    it('variant="compact" keeps all the content in a tighter box with a smaller heading', async () => {
      const full = await render<Card>(html`<ser-explainer-card></ser-explainer-card>`);
      const compact = await render<Card>(html`<ser-explainer-card variant="compact"></ser-explainer-card>`);
      const size = (el: Card) => parseFloat(getComputedStyle(headingOf(el)).fontSize);
      const pad = (el: Card) => parseFloat(getComputedStyle(part(el, 'base')!).paddingInlineStart);
      expect(size(compact)).to.be.below(size(full));
      expect(pad(compact)).to.be.below(pad(full));
      expect(text(compact)).to.equal(text(full));
      await expect(compact).to.be.accessible();
    });

    it('variant="full" is the default look', async () => {
      const [el, warnings] = await withWarnings<Card>(html`<ser-explainer-card variant="full"></ser-explainer-card>`);
      expect(part(el, 'base')!.classList.contains('compact')).to.be.false;
      expect(warnings).to.deep.equal([]);
    });

    it('open renders "Learn more" open, and reflects when set from code', async () => {
      const el = await render<Card>(html`<ser-explainer-card open></ser-explainer-card>`);
      expect(shown(part(el, 'more'))).to.be.true;
      expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
      el.open = false;
      await el.updateComplete;
      expect(el.hasAttribute('open')).to.be.false;
    });

    it('cta-href and cta-label render a link with that text and address', async () => {
      const el = await render<Card>(
        html`<ser-explainer-card cta-href="https://example.com/book" cta-label="Book with Ana"></ser-explainer-card>`,
      );
      expect(cta(el)!.getAttribute('href')).to.equal('https://example.com/book');
      expect(cta(el)!.textContent).to.equal('Book with Ana');
      expect(cta(el)!.getAttribute('part')).to.equal('cta');
    });

    it('cta-href alone gets the default label; relative, mailto and tel links work', async () => {
      for (const href of ['/contact#book', 'book/', '../book', '?day=mon', 'mailto:ana@example.com', 'tel:+15550100']) {
        const el = await render<Card>(html`<ser-explainer-card cta-href=${href} cta-label=" "></ser-explainer-card>`);
        expect(cta(el)!.getAttribute('href')).to.equal(href);
        expect(cta(el)!.textContent).to.equal('Book a session');
      }
    });

    it('theme="dark" gives a dark box with light text, and passes axe', async () => {
      const el = await render<Card>(html`<ser-explainer-card theme="dark" open cta-href="/book"></ser-explainer-card>`);
      const s = getComputedStyle(part(el, 'base')!);
      const lum = (c: string) =>
        c
          .match(/\d+/g)!
          .slice(0, 3)
          .reduce((a, b) => a + Number(b), 0);
      expect(lum(s.backgroundColor)).to.be.below(200);
      expect(lum(s.color)).to.be.above(500);
      await expect(el).to.be.accessible();
    });

    it('locale picks the language of the copy', async () => {
      registerLocale('eo', { ...en, cardHeading: 'Kio estas SER?', cardMoreOpen: 'Legu pli' });
      const el = await render<Card>(html`<ser-explainer-card locale="eo"></ser-explainer-card>`);
      expect(headingOf(el).textContent).to.equal('Kio estas SER?');
      expect(fold(toggle(el).textContent)).to.equal('Legu pli');
    });

    it('no-disclaimer removes the disclaimer', async () => {
      const el = await render<Card>(html`<ser-explainer-card no-disclaimer></ser-explainer-card>`);
      expect(part(el, 'disclaimer')).to.be.null;
      expect(text(el)).not.to.contain(en.cardDisclaimer);
    });
  });

  describe('slots', () => {
    it('summary replaces the summary', async () => {
      const el = await render<Card>(html`<ser-explainer-card><p slot="summary">My own words.</p></ser-explainer-card>`);
      const slot = part(el, 'summary')!.querySelector('slot')!;
      expect(slot.assignedElements().map((e) => e.textContent)).to.deep.equal(['My own words.']);
      expect(shown(slot.querySelector('p'))).to.be.false;
    });

    it('more replaces the "Learn more" body, shown only when open', async () => {
      const el = await render<Card>(
        html`<ser-explainer-card><div slot="more">Longer story.</div></ser-explainer-card>`,
      );
      const mine = el.querySelector('[slot="more"]')!;
      expect(shown(mine)).to.be.false;
      toggle(el).click();
      await el.updateComplete;
      expect(shown(mine)).to.be.true;
      expect(part(el, 'more')!.querySelector('slot')!.assignedElements()).to.deep.equal([mine]);
      expect(shown(part(el, 'more')!.querySelector('p'))).to.be.false;
    });

    it('disclaimer rewords the disclaimer', async () => {
      const el = await render<Card>(
        html`<ser-explainer-card><span slot="disclaimer">Not a substitute for your doctor.</span></ser-explainer-card>`,
      );
      const slot = part(el, 'disclaimer')!.querySelector('slot')!;
      expect(slot.assignedElements()[0].textContent).to.equal('Not a substitute for your doctor.');
      expect(shown(el.querySelector('[slot="disclaimer"]'))).to.be.true;
    });

    it('media shows an image above the heading', async () => {
      const el = await render<Card>(
        html`<ser-explainer-card><img slot="media" alt="Ana's logo" width="40" height="40" src="data:image/gif;base64,R0lGODlhAQABAAAAACw="
        /></ser-explainer-card>`,
      );
      const img = el.querySelector('img')!;
      expect(shown(img)).to.be.true;
      expect(img.assignedSlot!.getAttribute('part')).to.equal('media');
      expect(img.getBoundingClientRect().bottom).to.be.at.most(headingOf(el).getBoundingClientRect().top);
      await expect(el).to.be.accessible();
    });
  });

  describe('bad input', () => {
    for (const bad of ['9', 'abc'])
      it(`heading-level="${bad}" falls back to h2 with exactly one warning naming the element and attribute`, async () => {
        const [el, warnings] = await withWarnings<Card>(
          html`<ser-explainer-card heading-level=${bad}></ser-explainer-card>`,
        );
        expect(headingOf(el).localName).to.equal('h2');
        el.open = true; // a re-render must not warn again
        await el.updateComplete;
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('<ser-explainer-card> heading-level').and.contain(bad);
      });

    it('an empty or blank heading uses the default', async () => {
      for (const h of ['', '   ']) {
        const el = await render<Card>(html`<ser-explainer-card heading=${h}></ser-explainer-card>`);
        expect(headingOf(el).textContent).to.equal(en.cardHeading);
      }
    });

    it('an unknown variant warns once and looks full', async () => {
      const [el, warnings] = await withWarnings<Card>(html`<ser-explainer-card variant="tiny"></ser-explainer-card>`);
      expect(part(el, 'base')!.classList.contains('compact')).to.be.false;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('<ser-explainer-card> variant').and.contain('tiny');
    });

    it('hostile strings in every attribute render as text; no element is created from them', async () => {
      const evil = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
      const [el, warnings] = await withWarnings<Card>(html`<ser-explainer-card
        heading=${evil}
        heading-level=${evil}
        variant=${evil}
        cta-href=${'/book?x=' + evil}
        cta-label=${evil}
        theme=${evil}
      ></ser-explainer-card>`);
      expect(headingOf(el).textContent).to.equal(evil);
      expect(cta(el)!.textContent).to.equal(evil);
      expect(el.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
      expect((window as { pwned?: number }).pwned).to.be.undefined;
      expect(warnings).to.have.length(3); // heading-level, variant, theme
    });

    // `//host`, `\\host` and `/\host` (tabs and newlines skipped, as browsers do) lead to another site, not a path on yours.
    const otherSite = [
      '//evil.example/book',
      '\\\\evil.example/book',
      '/\\evil.example',
      '\\/evil.example',
      '\t//evil.example',
      '/\n/evil.example',
      '\u0001//evil.example',
    ];
    for (const href of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,hi', 'vbscript:x', ...otherSite])
      it(`cta-href=${JSON.stringify(href)} renders no link, with one warning`, async () => {
        const [el, warnings] = await withWarnings<Card>(
          html`<ser-explainer-card cta-href=${href}></ser-explainer-card>`,
        );
        expect(cta(el)).to.be.null;
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain('<ser-explainer-card> cta-href');
      });
  });

  describe('reading level', () => {
    it('the helper tells plain copy from hard copy', () => {
      expect(syllables('practitioner')).to.equal(4);
      expect(syllables('feelings')).to.equal(2);
      expect(syllables('release')).to.equal(2);
      expect(grade('The cat sat on the mat. It was warm.')).to.be.below(2);
      expect(
        grade(
          'Notwithstanding considerable methodological heterogeneity, investigators characterized physiological manifestations comprehensively.',
        ),
      ).to.be.above(16);
    });

    it('the default English card, as rendered and opened, reads at grade 8 or below', async () => {
      const el = await render<Card>(html`<ser-explainer-card open cta-href="/book"></ser-explainer-card>`);
      const blocks = [part(el, 'summary'), ...part(el, 'more')!.querySelectorAll('p'), part(el, 'disclaimer')].map(
        (e) => fold(e!.textContent),
      );
      expect(blocks).to.have.length(2 + en.cardMore.length);
      const all = [headingOf(el).textContent, ...blocks, toggle(el).textContent, cta(el)!.textContent].join('\n');
      expect(grade(all), all).to.be.at.most(8);
      for (const b of blocks) expect(grade(b), b).to.be.at.most(8);
    });

    it('the summary is short: at most 60 words; "Learn more" holds two to four paragraphs', () => {
      expect(counts(summary).words).to.be.at.most(60);
      expect(en.cardMore.length).to.be.within(2, 4);
    });
  });

  describe('with <ser-provider>', () => {
    it('takes the booking link, heading level, name and theme from the provider', async () => {
      const p = await render<SerProvider>(html`<ser-provider
        booking-url="https://example.com/book"
        heading-level="3"
        practitioner="Ana Ruiz"
        theme="dark"
        ><ser-explainer-card></ser-explainer-card
      ></ser-provider>`);
      const el = p.querySelector('ser-explainer-card')!;
      expect(cta(el)!.getAttribute('href')).to.equal('https://example.com/book');
      expect(cta(el)!.textContent).to.equal('Book a session');
      expect(headingOf(el).localName).to.equal('h3');
      expect(text(el)).to.contain('In a session, Ana Ruiz uses');
      expect(part(el, 'base')!.classList.contains('dark')).to.be.true;
    });

    it("the card's own attributes win over the provider", async () => {
      const p = await render<SerProvider>(html`<ser-provider booking-url="/provider" heading-level="3"
        ><ser-explainer-card cta-href="/mine" heading-level="4"></ser-explainer-card
      ></ser-provider>`);
      const el = p.querySelector('ser-explainer-card')!;
      expect(cta(el)!.getAttribute('href')).to.equal('/mine');
      expect(headingOf(el).localName).to.equal('h4');
    });

    it('an unsafe card link falls back to the provider booking link', async () => {
      const [p, warnings] = await withWarnings<SerProvider>(html`<ser-provider booking-url="/provider"
        ><ser-explainer-card cta-href="javascript:void(0)"></ser-explainer-card
      ></ser-provider>`);
      expect(cta(p.querySelector('ser-explainer-card')!)!.getAttribute('href')).to.equal('/provider');
      expect(warnings).to.have.length(1);
    });

    it('an unsafe provider booking link renders no link, with one warning', async () => {
      const [p, warnings] = await withWarnings<SerProvider>(html`<ser-provider booking-url="javascript:alert(2)"
        ><ser-explainer-card></ser-explainer-card
      ></ser-provider>`);
      expect(cta(p.querySelector('ser-explainer-card')!)).to.be.null;
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('booking-url');
    });

    it('messages reword the card, the disclaimer included, and update live', async () => {
      const p = await render<SerProvider>(html`<ser-provider
        ><script type="application/json">
          { "messages": { "cardDisclaimer": "Sessions do not replace care from your doctor.", "cardMore": ["One.", "Two."] } }
        </script><ser-explainer-card open></ser-explainer-card
      ></ser-provider>`);
      const el = p.querySelector('ser-explainer-card')!;
      expect(fold(part(el, 'disclaimer')!.textContent)).to.equal('Sessions do not replace care from your doctor.');
      expect([...part(el, 'more')!.querySelectorAll('p')].map((x) => x.textContent)).to.deep.equal(['One.', 'Two.']);
      p.config = { messages: { cardHeading: 'What I offer', cardMoreClose: 'Hide' } };
      await settle(p);
      expect(headingOf(el).textContent).to.equal('What I offer');
      expect(fold(toggle(el).textContent)).to.equal('Hide');
    });
  });

  describe('layout', () => {
    afterEach(() => setViewport({ width: 800, height: 600 }));

    it('fits a 320px-wide phone without sideways scrolling', async () => {
      await setViewport({ width: 320, height: 640 });
      const el = await render<Card>(
        html`<ser-explainer-card open cta-href="/book" cta-label="Book a first session with Ana Ruiz today"></ser-explainer-card>`,
      );
      const box = part(el, 'base')!;
      expect(box.scrollWidth).to.be.at.most(box.clientWidth);
      for (const e of [toggle(el), cta(el)!])
        expect(e.getBoundingClientRect().right).to.be.at.most(box.getBoundingClientRect().right);
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
    });

    it('keeps every control and the disclaimer edge visible in forced colors (Chromium: only it emulates them here)', async function () {
      // Forced colors are emulated through Chromium's DevTools protocol; other engines skip this test.
      await executeServerCommand('media-features', [{ name: 'forced-colors', value: 'active' }]).catch(() =>
        this.skip(),
      );
      try {
        expect(matchMedia('(forced-colors: active)').matches).to.be.true;
        const el = await render<Card>(html`<ser-explainer-card cta-href="/book"></ser-explainer-card>`);
        for (const e of [toggle(el), cta(el)!]) {
          const s = getComputedStyle(e);
          expect(s.borderTopStyle, e.localName).to.equal('solid');
          expect(parseFloat(s.borderTopWidth)).to.be.at.least(1);
          expect(s.borderTopColor).not.to.equal(s.backgroundColor);
        }
        const chevron = getComputedStyle(toggle(el), '::after');
        expect(chevron.borderBottomColor).to.equal(getComputedStyle(toggle(el)).color);
        expect(getComputedStyle(part(el, 'disclaimer')!).borderInlineStartWidth).to.equal('3px');
        await expect(el).to.be.accessible();
      } finally {
        await executeServerCommand('media-features', []);
      }
    });

    it('mirrors in right-to-left pages: the disclaimer edge sits on the right', async () => {
      const wrap = await render<HTMLElement>(html`<div dir="rtl"><ser-explainer-card></ser-explainer-card></div>`);
      const note = getComputedStyle(part(wrap.firstElementChild!, 'disclaimer')!);
      expect(note.borderRightWidth).to.equal('3px');
      expect(note.borderLeftWidth).to.equal('0px');
      expect(note.paddingRight).not.to.equal('0px');
    });
  });
});

describe('non-string properties from scripts', () => {
  it('a number or a prototype-less object as heading renders text or the default, never throws', async () => {
    const el = await render<HTMLElement & { heading?: unknown; theme?: unknown }>(
      html`<ser-explainer-card></ser-explainer-card>`,
    );
    el.heading = 42;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('42');
    const warnings = await captureConsole('warn', async () => {
      el.theme = Object.create(null);
      await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<ser-explainer-card> theme');
  });
});
