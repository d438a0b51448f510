import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/what-to-expect/what-to-expect.js';
import type { SerWhatToExpect } from '../src/components/what-to-expect/what-to-expect.js';
import { captureConsole, render, settle } from './support/helpers.js';

type El = SerWhatToExpect;
const buttons = (el: El) => [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part=button]')];
const titles = (el: El) => buttons(el).map((b) => b.textContent!.trim());
const ids = (el: El) => buttons(el).map((b) => b.id.slice(2));
const button = (el: El, id: string) => el.shadowRoot!.getElementById(`b-${id}`) as HTMLButtonElement;
const panel = (el: El, id: string) => el.shadowRoot!.getElementById(`p-${id}`)!;
const isOpen = (el: El, id: string) => panel(el, id).querySelector('.body')!.checkVisibility();

/** Builds the practitioner's markup first (as a page would have it), then lets the element upgrade around it. */
async function mount(markup: string): Promise<El> {
  const holder = await render<HTMLElement>(html`<div></div>`);
  const tpl = document.createElement('template');
  tpl.innerHTML = markup; // test-only: the practitioner's own page HTML
  holder.append(tpl.content);
  const el = holder.querySelector('ser-what-to-expect')!;
  await settle(el);
  return el;
}

const own = `<ser-what-to-expect>
  <details id="ser-parking"><summary>
    Parking
  </summary><p>Park <a href="#here">behind the house</a>.</p></details>
  <details open><summary>Paying</summary>Cash or card.</details>
</ser-what-to-expect>`;

describe('<ser-what-to-expect> with <details> sections', () => {
  it('replaces the built-in sections, with ids from the id (minus ser-) or the title', async () => {
    const el = await mount(own);
    expect(titles(el)).to.deep.equal(['Parking', 'Paying']);
    expect(ids(el)).to.deep.equal(['parking', 'paying']);
    expect(button(el, 'parking').parentElement!.localName).to.equal('h3');
  });

  it('keeps the page’s own nodes, slotted into the panel, links working', async () => {
    const holder = await render<HTMLElement>(html`<div></div>`);
    const tpl = document.createElement('template');
    tpl.innerHTML = own;
    const link = tpl.content.querySelector('a')!;
    holder.append(tpl.content);
    const el = holder.querySelector('ser-what-to-expect')!;
    await settle(el);
    button(el, 'parking').click();
    await settle(el);
    const slot = panel(el, 'parking').querySelector('slot')!;
    expect(slot.assignedElements()[0].contains(link), 'the same <a> node').to.equal(true);
    expect(link.checkVisibility()).to.equal(true);
    let followed = '';
    link.addEventListener('click', (e) => {
      followed = (e.currentTarget as HTMLAnchorElement).hash;
      e.preventDefault();
    });
    link.click();
    expect(followed).to.equal('#here');
    expect(el.querySelector('summary')!.checkVisibility(), 'the summary is not shown twice').to.equal(false);
  });

  it('opens a <details open> section at first, and keeps the content hidden but findable when closed', async () => {
    const el = await mount(own);
    expect(isOpen(el, 'paying')).to.equal(true);
    expect(isOpen(el, 'parking')).to.equal(false);
    expect(el.querySelector('a')!.checkVisibility()).to.equal(false);
    if ('onbeforematch' in HTMLElement.prototype)
      expect((window as unknown as { find(s: string): boolean }).find('behind the house')).to.equal(true);
    getSelection()!.removeAllRanges();
    panel(el, 'parking').dispatchEvent(new Event('beforematch'));
    await settle(el);
    expect(isOpen(el, 'parking')).to.equal(true);
  });

  it('extend keeps the built-in sections; a matching id takes a built-in section’s place', async () => {
    const el = await mount(`<ser-what-to-expect extend>
      <details id="ser-during"><summary>In the room</summary><p>Soft music plays.</p></details>
      <details><summary>Parking</summary><p>At the back.</p></details>
    </ser-what-to-expect>`);
    expect(titles(el)).to.deep.equal([
      'Before your session',
      'In the room',
      'After your session',
      'You are in control',
      'Parking',
    ]);
    expect(ids(el)).to.deep.equal(['before', 'during', 'after', 'control', 'parking']);
  });

  it('reads sections added later', async () => {
    const el = await mount(own);
    const d = document.createElement('details');
    d.innerHTML = '<summary>Gift cards</summary><p>Ask at the desk.</p>';
    el.append(d);
    await settle(el);
    await settle(el);
    expect(titles(el)).to.deep.equal(['Parking', 'Paying', 'Gift cards']);
  });

  it('works by keyboard like the built-in sections', async () => {
    const el = await mount(own);
    button(el, 'paying').focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'parking'));
    await sendKeys({ press: 'Enter' });
    await settle(el);
    expect(isOpen(el, 'parking')).to.equal(true);
  });

  it('passes axe with its own sections open', async () => {
    const el = await mount(own.replace('<ser-what-to-expect>', '<ser-what-to-expect open="all">'));
    el.shadowRoot!.getAnimations().forEach((a) => a.finish());
    await expect(el).to.be.accessible();
  });
});

describe('<ser-what-to-expect> bad <details> sections', () => {
  it('skips a <details> without a summary or without content, one warning each', async () => {
    let el!: El;
    const warnings = await captureConsole('warn', async () => {
      el = await mount(`<ser-what-to-expect>
        <details><p>No title here.</p></details>
        <details><summary>Empty</summary>  </details>
        <details><summary>Kept</summary><p>Fine.</p></details>
      </ser-what-to-expect>`);
    });
    expect(titles(el)).to.deep.equal(['Kept']);
    expect(warnings).to.have.length(2);
    expect(warnings[0]).to.contain('<ser-what-to-expect> <details>').and.contain('summary');
    expect(warnings[1]).to.contain('"Empty"');
  });

  it('mends duplicate ids with one warning', async () => {
    let el!: El;
    const warnings = await captureConsole('warn', async () => {
      el = await mount(`<ser-what-to-expect>
        <details><summary>Twice</summary><p>One.</p></details>
        <details><summary>Twice</summary><p>Two.</p></details>
      </ser-what-to-expect>`);
    });
    expect(ids(el)).to.deep.equal(['twice', 'twice-2']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"twice"');
    button(el, 'twice-2').click();
    await settle(el);
    expect(panel(el, 'twice-2').querySelector('slot')!.assignedElements()[0].textContent).to.equal('Two.');
  });

  it('shows practitioner markup in a summary as its text only', async () => {
    const el = await mount(
      `<ser-what-to-expect><details><summary><b>Bold</b> title</summary><p>x</p></details></ser-what-to-expect>`,
    );
    expect(titles(el)).to.deep.equal(['Bold title']);
    expect(el.shadowRoot!.querySelector('b')).to.equal(null);
  });
});
