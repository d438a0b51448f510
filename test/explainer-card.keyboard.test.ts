import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/components/explainer-card/explainer-card.js';
import type { SerExplainerCard } from '../src/components/explainer-card/explainer-card.js';
import { render } from './support/helpers.js';

const focused = (el: Element) => el.shadowRoot!.activeElement;
const toggle = (el: Element) => el.shadowRoot!.querySelector('button')!;
const more = (el: Element) => el.shadowRoot!.querySelector<HTMLElement>('[part="more"]')!;

describe('<ser-explainer-card> from the keyboard', () => {
  let el: SerExplainerCard;
  let events: boolean[];

  beforeEach(async () => {
    const wrap = await render<HTMLElement>(
      html`<div><button>before</button><ser-explainer-card cta-href="/book"></ser-explainer-card></div>`,
    );
    el = wrap.querySelector('ser-explainer-card')!;
    events = [];
    el.addEventListener('ser-toggle', (e) => events.push(e.detail.open));
    wrap.querySelector('button')!.focus();
  });

  it('Tab reaches "Learn more", with a visible focus ring', async () => {
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(toggle(el));
    const s = getComputedStyle(toggle(el));
    expect(s.outlineStyle).to.equal('solid');
    expect(parseFloat(s.outlineWidth)).to.be.at.least(2);
  });

  it('Enter opens and closes "Learn more", keeping focus on the button', async () => {
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(more(el).checkVisibility()).to.be.true;
    expect(toggle(el).getAttribute('aria-expanded')).to.equal('true');
    expect(focused(el)).to.equal(toggle(el));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(more(el).checkVisibility()).to.be.false;
    expect(events).to.deep.equal([true, false]);
  });

  it('Space opens and closes "Learn more"', async () => {
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.open).to.be.true;
    expect(more(el).checkVisibility()).to.be.true;
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.open).to.be.false;
    expect(events).to.deep.equal([true, false]);
  });

  it('the next Tab goes from "Learn more" to the booking link (closed) or into nothing hidden', async () => {
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(el.shadowRoot!.querySelector('a'));
  });
});
