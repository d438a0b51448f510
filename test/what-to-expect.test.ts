import { expect, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/components/provider/provider.js';
import '../src/components/what-to-expect/what-to-expect.js';
import type { SerWhatToExpect } from '../src/components/what-to-expect/what-to-expect.js';
import type { Section } from '../src/i18n/types.js';
import { captureConsole, page, painted, render, settle, text } from './support/helpers.js';
import { grade } from './support/readability.js';

type El = SerWhatToExpect;
const ids = ['before', 'during', 'after', 'control'];
const buttons = (el: El) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=button]')];
const button = (el: El, id: string) => el.shadowRoot!.getElementById(`b-${id}`) as HTMLButtonElement;
const panel = (el: El, id: string) => el.shadowRoot!.getElementById(`p-${id}`)!;
const all = (el: El) => el.shadowRoot!.querySelector<HTMLButtonElement>('[part=toggle-all]');
/** Open as a person sees it: the button says so and the panel's content is visible. */
const isOpen = (el: El, id: string) => {
  const shown = panel(el, id).querySelector('.body')!.checkVisibility();
  expect(button(el, id).getAttribute('aria-expanded')).to.equal(String(shown));
  return shown;
};
const openIds = (el: El) =>
  buttons(el)
    .map((b) => b.id.slice(2))
    .filter((id) => isOpen(el, id));
const titles = (el: El) => buttons(el).map((b) => b.textContent!.trim());
/** Every `ser-section-toggle` the element fires, as `id:open`. */
const record = (el: El) => {
  const seen: string[] = [];
  el.addEventListener('ser-section-toggle', (e) => seen.push(`${e.detail.id}:${e.detail.open}`));
  return seen;
};
const click = async (b: HTMLElement) => {
  b.scrollIntoView({ block: 'center' });
  // A reader clicks what the screen shows: once the scrolled-to part is painted (and laid out for real).
  await painted();
  const r = b.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
  await settle(b.getRootNode() instanceof ShadowRoot ? (b.getRootNode() as ShadowRoot).host : b);
};
const key = `ser-widgets:wte:${location.pathname}`;
/** Ends the opening fade, so axe measures colours at full strength (a page in the background may never run it). */
const still = (el: El) => el.shadowRoot!.getAnimations().forEach((a) => a.finish());
const untilFound = 'onbeforematch' in HTMLElement.prototype;

afterEach(async () => {
  await resetMouse();
  sessionStorage.clear();
});

describe('<ser-what-to-expect> content and structure', () => {
  it('shows the four built-in sections, all closed, as headings holding buttons', async () => {
    const el = await render<El>(html`<ser-what-to-expect></ser-what-to-expect>`);
    expect(titles(el)).to.deep.equal([
      'Before your session',
      'During the session',
      'After your session',
      'You are in control',
    ]);
    expect(openIds(el)).to.deep.equal([]);
    for (const id of ids) {
      const b = button(el, id);
      expect(b.parentElement!.localName).to.equal('h3');
      expect(b.getAttribute('aria-controls')).to.equal(`p-${id}`);
      expect(panel(el, id).getAttribute('role')).to.equal('region');
      expect(panel(el, id).getAttribute('aria-labelledby')).to.equal(b.id);
      expect(panel(el, id).getAttribute('hidden')).to.equal(untilFound ? 'until-found' : '');
    }
    expect(all(el)!.textContent!.trim()).to.equal('Show all sections');
  });

  it('the default English, as rendered, reads at grade 8 or below, section by section', async () => {
    const el = await render<El>(html`<ser-what-to-expect open="all"></ser-what-to-expect>`);
    for (const id of ids) {
      const lines = [button(el, id), ...panel(el, id).querySelectorAll('p, li')].map((n) => n.textContent!.trim());
      expect(lines.length, id).to.be.greaterThan(2);
      expect(grade(lines.join('\n')), lines.join(' ')).to.be.at.most(8);
    }
  });

  it('fills in the practitioner name from the provider and follows its heading level', async () => {
    const p = await render<HTMLElement>(
      html`<ser-provider practitioner="Ana" heading-level="3"><ser-what-to-expect open="before"></ser-what-to-expect></ser-provider>`,
    );
    const el = p.querySelector('ser-what-to-expect')!;
    expect(text(el)).to.contain('Tell Ana about any injuries');
    expect(button(el, 'before').parentElement!.localName).to.equal('h4');
  });

  it('takes its own heading-level', async () => {
    const el = await render<El>(html`<ser-what-to-expect heading-level="5"></ser-what-to-expect>`);
    expect(buttons(el).map((b) => b.parentElement!.localName)).to.deep.equal(['h5', 'h5', 'h5', 'h5']);
  });

  it('moves to a new heading level in place: the same buttons, focus and open sections', async () => {
    const el = await render<El>(html`<ser-what-to-expect open="during"></ser-what-to-expect>`);
    const before = buttons(el);
    button(el, 'after').focus();
    el.setAttribute('heading-level', '4');
    await settle(el);
    const headings = [...el.shadowRoot!.querySelectorAll('[part=heading]')];
    expect(headings.map((h) => [h.localName, h.id])).to.deep.equal(ids.map((id) => ['h4', `h-${id}`]));
    expect(buttons(el)).to.deep.equal(before);
    expect(buttons(el).map((b) => b.parentElement)).to.deep.equal(headings);
    expect(openIds(el)).to.deep.equal(['during']);
    button(el, 'after').focus();
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(openIds(el)).to.deep.equal(['during', 'after']);
  });

  it('uses sections from the provider, and the sections property over them', async () => {
    const sections = [{ id: 'first', title: 'First visit', body: ['Arrive early.'] }];
    const p = await render<HTMLElement>(
      html`<ser-provider .config=${{ messages: { sections } }}><ser-what-to-expect></ser-what-to-expect></ser-provider>`,
    );
    const el = p.querySelector('ser-what-to-expect')!;
    expect(titles(el)).to.deep.equal(['First visit']);
    expect(all(el), 'no show-all for one section').to.equal(null);
    el.sections = [{ id: 'x', title: 'Parking', body: ['Park at the back.'], list: ['Free', 'Shaded'] }];
    await settle(el);
    expect(titles(el)).to.deep.equal(['Parking']);
    await click(button(el, 'x'));
    expect(panel(el, 'x').querySelector('p')!.textContent).to.equal('Park at the back.');
    expect([...panel(el, 'x').querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal(['Free', 'Shaded']);
  });

  it("shows each section's text again after the sections were replaced and restored", async () => {
    const el = await render<El>(html`<ser-what-to-expect></ser-what-to-expect>`);
    const body = (id: string) => [...panel(el, id).querySelectorAll('p, li')].map((n) => n.textContent);
    const before = ids.map(body);
    expect(before.every((lines) => lines.length > 1)).to.equal(true);
    el.sections = [{ id: 'x', title: 'Parking', body: ['Park at the back.'] }];
    await settle(el);
    expect(body('x')).to.deep.equal(['Park at the back.']);
    el.sections = undefined;
    await settle(el);
    expect(ids.map(body)).to.deep.equal(before);
  });

  it("follows a change of the practitioner name in the sections' text", async () => {
    const p = await render<HTMLElement>(
      html`<ser-provider practitioner="Ana"><ser-what-to-expect open="before"></ser-what-to-expect></ser-provider>`,
    );
    const el = p.querySelector('ser-what-to-expect')!;
    expect(panel(el, 'before').textContent).to.contain('Tell Ana about');
    p.setAttribute('practitioner', 'Bo');
    await settle(el);
    expect(panel(el, 'before').textContent).to.contain('Tell Bo about');
    expect(panel(el, 'before').textContent).not.to.contain('Ana');
  });

  it("draws a section's lines again only when they change, as plain paragraphs and list items", async () => {
    const el = await render<El>(html`<ser-what-to-expect></ser-what-to-expect>`);
    el.sections = [{ id: 'x', title: 'Parking', body: ['Park at the back.', 'Or on {name}'], list: ['Free'] }];
    await settle(el);
    const lines = () => [...panel(el, 'x').querySelectorAll('.body > p, .body > ul > li')].map((n) => n.outerHTML);
    const [first, toggle] = [panel(el, 'x').querySelector('p'), button(el, 'x')];
    expect(lines()).to.deep.equal(['<p>Park at the back.</p>', '<p>Or on your practitioner</p>', '<li>Free</li>']);
    await click(button(el, 'x'));
    expect(panel(el, 'x').querySelector('p'), 'opening keeps the same nodes').to.equal(first);
    expect(button(el, 'x'), 'and the same button').to.equal(toggle);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    // Lit's markers are comments: lines without them cost no memory per widget for Lit to track.
    const walker = document.createTreeWalker(panel(el, 'x').querySelector('.body')!, NodeFilter.SHOW_COMMENT);
    expect(walker.nextNode(), 'no Lit markers among the lines').to.equal(null);
    el.sections = [
      { id: 'x', title: 'Parking', body: ['Park at the back.'], list: ['Or on your practitioner', 'Free'] },
    ];
    await settle(el);
    expect(lines()).to.deep.equal(['<p>Park at the back.</p>', '<li>Or on your practitioner</li>', '<li>Free</li>']);
    el.sections = [{ id: 'x', title: 'Where to park', body: ['Park at the back.'] }];
    await settle(el);
    expect(lines()).to.deep.equal(['<p>Park at the back.</p>']);
    expect(titles(el)).to.deep.equal(['Where to park']);
    expect(panel(el, 'x').querySelector('ul'), 'no empty list').to.equal(null);
  });

  it('renders hostile text as text, never as HTML', async () => {
    const el = await render<El>(html`<ser-what-to-expect open="all"></ser-what-to-expect>`);
    el.sections = [{ id: 'h', title: '<img src=x onerror=alert(1)>', body: ['<b>bold</b>'] } as Section];
    await settle(el);
    expect(el.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect(titles(el)).to.deep.equal(['<img src=x onerror=alert(1)>']);
  });
});

describe('<ser-what-to-expect> mouse', () => {
  it('opens and closes a section with a real click', async () => {
    const el = await render<El>(html`<ser-what-to-expect></ser-what-to-expect>`);
    await click(button(el, 'during'));
    expect(openIds(el)).to.deep.equal(['during']);
    expect(text(el)).to.contain('You lie on a padded table');
    await click(button(el, 'during'));
    expect(openIds(el)).to.deep.equal([]);
  });

  it('keeps several sections open in the default multiple mode', async () => {
    const el = await render<El>(html`<ser-what-to-expect></ser-what-to-expect>`);
    await click(button(el, 'before'));
    await click(button(el, 'after'));
    expect(openIds(el)).to.deep.equal(['before', 'after']);
  });
});

describe('<ser-what-to-expect> show all / hide all', () => {
  it('opens every section, then closes every one, its label following the state', async () => {
    const el = await render<El>(html`<ser-what-to-expect></ser-what-to-expect>`);
    const seen = record(el);
    await click(all(el)!);
    expect(openIds(el)).to.deep.equal(ids);
    expect(all(el)!.textContent!.trim()).to.equal('Hide all sections');
    expect(seen).to.deep.equal(ids.map((id) => `${id}:true`));
    await click(all(el)!);
    expect(openIds(el)).to.deep.equal([]);
    expect(all(el)!.textContent!.trim()).to.equal('Show all sections');
  });

  it('fires events only for sections that changed', async () => {
    const el = await render<El>(html`<ser-what-to-expect open="before after"></ser-what-to-expect>`);
    const seen = record(el);
    await click(all(el)!);
    expect(seen).to.deep.equal(['during:true', 'control:true']);
  });

  it('says "Hide all sections" when the last closed section is opened by hand', async () => {
    const el = await render<El>(html`<ser-what-to-expect open="before during after"></ser-what-to-expect>`);
    expect(all(el)!.textContent!.trim()).to.equal('Show all sections');
    await click(button(el, 'control'));
    expect(all(el)!.textContent!.trim()).to.equal('Hide all sections');
  });
});

describe('<ser-what-to-expect> open and open-mode', () => {
  it('opens the sections named by open, or all', async () => {
    const el = await render<El>(html`<ser-what-to-expect open="during  control"></ser-what-to-expect>`);
    expect(openIds(el)).to.deep.equal(['during', 'control']);
    const el2 = await render<El>(html`<ser-what-to-expect open="all"></ser-what-to-expect>`);
    expect(openIds(el2)).to.deep.equal(ids);
  });

  it('single mode: opening one closes the other, with an event for each, and no show-all', async () => {
    const el = await render<El>(html`<ser-what-to-expect open-mode="single" open="before after"></ser-what-to-expect>`);
    expect(openIds(el), 'only the first of open').to.deep.equal(['before']);
    expect(all(el)).to.equal(null);
    const seen = record(el);
    await click(button(el, 'during'));
    expect(openIds(el)).to.deep.equal(['during']);
    expect(seen).to.deep.equal(['before:false', 'during:true']);
    await click(button(el, 'during'));
    expect(openIds(el), 'the open one can close too').to.deep.equal([]);
  });

  it('warns once about an unknown open-mode and works as multiple', async () => {
    let el!: El;
    const warnings = await captureConsole('warn', async () => {
      el = await render<El>(html`<ser-what-to-expect open-mode="sideways"></ser-what-to-expect>`);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<ser-what-to-expect> open-mode: "sideways"');
    await click(button(el, 'before'));
    await click(button(el, 'after'));
    expect(openIds(el)).to.deep.equal(['before', 'after']);
    expect(all(el)).to.exist;
  });
});

describe('<ser-what-to-expect> ser-section-toggle', () => {
  it('fires { id, open } on the reader action, bubbling out of the shadow root', async () => {
    const wrap = await render<HTMLElement>(html`<div><ser-what-to-expect></ser-what-to-expect></div>`);
    const el = wrap.querySelector('ser-what-to-expect')!;
    const b = button(el, 'control');
    setTimeout(() => b.click());
    const e = await oneEvent(wrap, 'ser-section-toggle');
    expect(e.detail).to.deep.equal({ id: 'control', open: true });
    expect(e.composed).to.equal(true);
  });

  it('fires nothing for the sections open at first', async () => {
    const seen: string[] = [];
    const wrap = await render<HTMLElement>(
      html`<div @ser-section-toggle=${(e: CustomEvent) => seen.push(e.detail.id)}><ser-what-to-expect open="all"></ser-what-to-expect></div>`,
    );
    expect(openIds(wrap.querySelector('ser-what-to-expect')!)).to.deep.equal(ids);
    expect(seen).to.deep.equal([]);
  });
});

describe('<ser-what-to-expect> find in page', () => {
  it('a beforematch on a closed panel opens that section and fires the event', async () => {
    const el = await render<El>(html`<ser-what-to-expect></ser-what-to-expect>`);
    const seen = record(el);
    panel(el, 'after').dispatchEvent(new Event('beforematch'));
    await settle(el);
    expect(openIds(el)).to.deep.equal(['after']);
    expect(seen).to.deep.equal(['after:true']);
  });

  it("text in a closed section stays findable by the browser's find", async () => {
    const el = await render<El>(html`<ser-what-to-expect></ser-what-to-expect>`);
    el.sections = [
      { id: 'a', title: 'Alpha', body: ['Nothing here.'] },
      { id: 'z', title: 'Zulu', body: ['The quokka wears soft clothes.'] },
    ];
    await settle(el);
    expect(openIds(el)).to.deep.equal([]);
    // Engines without until-found get plain `hidden`: the text is then hidden from find, as it always was.
    expect(panel(el, 'z').getAttribute('hidden')).to.equal(untilFound ? 'until-found' : '');
    if (untilFound) {
      // Not display:none (which find skips) but content-visibility:hidden, which find searches.
      expect(getComputedStyle(panel(el, 'z')).display).to.equal('block');
      expect(getComputedStyle(panel(el, 'z')).contentVisibility).to.equal('hidden');
      // window.find() skips display:none text and never reveals: a match proves the text is reachable (WebKit's skips hidden content).
      if (!navigator.userAgent.includes('Version/'))
        expect((window as unknown as { find(s: string): boolean }).find('quokka wears')).to.equal(true);
      getSelection()!.removeAllRanges();
    }
    panel(el, 'z').dispatchEvent(new Event('beforematch'));
    await settle(el);
    expect(openIds(el)).to.deep.equal(['z']);
  });
});

describe('<ser-what-to-expect> remember', () => {
  it('stores nothing without remember', async () => {
    sessionStorage.clear();
    const el = await render<El>(html`<ser-what-to-expect></ser-what-to-expect>`);
    await click(button(el, 'during'));
    await click(all(el)!);
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.getItem(key)).to.equal(null);
  });

  it('keeps the open sections for this page in sessionStorage and restores them', async () => {
    const el = await render<El>(html`<ser-what-to-expect remember open="before"></ser-what-to-expect>`);
    expect(sessionStorage.length, 'nothing stored before the reader acts').to.equal(0);
    await click(button(el, 'after'));
    expect(sessionStorage.getItem(key)).to.equal('before after');
    el.remove();
    const again = await render<El>(html`<ser-what-to-expect remember open="before"></ser-what-to-expect>`);
    expect(openIds(again)).to.deep.equal(['before', 'after']);
    await click(all(again)!);
    await click(all(again)!);
    const closed = await render<El>(html`<ser-what-to-expect remember open="before"></ser-what-to-expect>`);
    expect(openIds(closed), 'closing everything is remembered too').to.deep.equal([]);
  });

  it('keeps two accordions with ids apart', async () => {
    const wrap = await render<HTMLElement>(
      html`<div><ser-what-to-expect id="one" remember></ser-what-to-expect><ser-what-to-expect id="two" remember></ser-what-to-expect></div>`,
    );
    await click(button(wrap.querySelector('#one')!, 'control'));
    expect(sessionStorage.getItem(`${key}#one`)).to.equal('control');
    expect(sessionStorage.getItem(`${key}#two`)).to.equal(null);
  });
});

describe('<ser-what-to-expect> motion', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }).catch(() => {}));

  it('turns the chevron only when reduced motion is not asked for; an opening panel shows at once', async function () {
    const el = await render<El>(html`<ser-what-to-expect open="before"></ser-what-to-expect>`);
    const inner = panel(el, 'before').querySelector('.body')!;
    expect(getComputedStyle(inner).animationName).to.equal('none');
    expect(getComputedStyle(button(el, 'before'), '::after').transitionDuration).to.equal('0.2s');
    // Media emulation needs the Chrome DevTools Protocol; other engines skip the rest.
    await emulateMedia({ reducedMotion: 'reduce' }).catch(() => this.skip());
    expect(getComputedStyle(button(el, 'before'), '::after').transitionDuration).to.equal('0s');
  });
});

describe('<ser-what-to-expect> bad input', () => {
  it('warns once about an empty sections list and keeps the built-in sections', async () => {
    const el = await render<El>(html`<ser-what-to-expect></ser-what-to-expect>`);
    const warnings = await captureConsole('warn', async () => {
      el.sections = [];
      await settle(el);
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<ser-what-to-expect> sections');
    expect(titles(el)).to.have.length(4);
  });

  it('mends duplicate ids and skips a section without a title, one warning each', async () => {
    const el = await render<El>(html`<ser-what-to-expect></ser-what-to-expect>`);
    const warnings = await captureConsole('warn', async () => {
      el.sections = [
        { id: 'same', title: 'One', body: ['a'] },
        { id: 'same', title: 'Two', body: ['b'] },
        { title: '', body: ['c'] } as unknown as Section,
      ];
      await settle(el);
    });
    expect(warnings).to.have.length(2);
    expect(warnings.join('\n')).to.contain('sections id: "same"').and.contain('sections[2]');
    expect(buttons(el).map((b) => b.id)).to.deep.equal(['b-same', 'b-same-2']);
  });

  it('warns once about sections that are not a list', async () => {
    const el = await render<El>(html`<ser-what-to-expect></ser-what-to-expect>`);
    const warnings = await captureConsole('warn', async () => {
      el.sections = 'nope' as unknown as Section[];
      await settle(el);
    });
    expect(warnings).to.have.length(1);
    expect(titles(el)).to.have.length(4);
  });

  it('warns once about a bad heading-level and uses level 3', async () => {
    let el!: El;
    const warnings = await captureConsole('warn', async () => {
      el = await render<El>(html`<ser-what-to-expect heading-level="9"></ser-what-to-expect>`);
    });
    expect(warnings).to.have.length(1);
    expect(button(el, 'before').parentElement!.localName).to.equal('h3');
  });
});

describe('<ser-what-to-expect> right to left', () => {
  it('lays out from the right and still works', async () => {
    const wrap = await render<HTMLElement>(
      html`<div dir="rtl" lang="ar"><ser-what-to-expect></ser-what-to-expect></div>`,
    );
    const el = wrap.querySelector('ser-what-to-expect')!;
    const b = button(el, 'before');
    const range = document.createRange();
    range.selectNodeContents(b);
    const textBox = range.getBoundingClientRect();
    const box = b.getBoundingClientRect();
    expect(box.right - textBox.right, 'text starts at the right').to.be.lessThan(box.width / 4);
    expect(textBox.left - box.left, 'chevron sits at the left end').to.be.greaterThan(box.width / 4);
    await click(b);
    expect(openIds(el)).to.deep.equal(['before']);
  });
});

describe('<ser-what-to-expect> accessibility', () => {
  it('passes axe with every section closed', async () => {
    const el = await render<El>(html`<ser-what-to-expect></ser-what-to-expect>`);
    await expect(el).to.be.accessible();
  });

  it('passes axe with every section open, in the dark theme too', async () => {
    const el = await render<El>(html`<ser-what-to-expect open="all"></ser-what-to-expect>`);
    still(el);
    await expect(el).to.be.accessible();
    const dark = await render<El>(html`<ser-what-to-expect open="all" theme="dark"></ser-what-to-expect>`);
    still(dark);
    await expect(dark).to.be.accessible();
  });

  it('passes axe in single mode with one open', async () => {
    const el = await render<El>(html`<ser-what-to-expect open-mode="single" open="during"></ser-what-to-expect>`);
    still(el);
    await expect(el).to.be.accessible();
  });
});

describe('<ser-what-to-expect> without the script', () => {
  it('its <details> sections open and close natively, by mouse and by key', async () => {
    const win = await page(
      `<ser-what-to-expect><details><summary>Parking</summary><p>Park <a href="#p">behind</a> the house.</p></details></ser-what-to-expect>`,
    );
    expect(win.customElements.get('ser-what-to-expect')).to.equal(undefined);
    const d = win.document.querySelector('details')!;
    const p = win.document.querySelector('p')!;
    expect(p.checkVisibility()).to.equal(false);
    win.document.querySelector('summary')!.click();
    expect(d.open).to.equal(true);
    expect(p.checkVisibility()).to.equal(true);
    win.document.querySelector('summary')!.click();
    expect(d.open).to.equal(false);
    win.frameElement!.remove();
  });
});
