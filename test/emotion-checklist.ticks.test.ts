import { expect, html } from '@open-wc/testing';
import { SerEmotionChecklist } from '../src/components/emotion-checklist/emotion-checklist.component.js';
import type { Group } from '../src/i18n/types.js';
import { render } from './support/helpers.js';

/** Counts the row texts (legends and hints) the checklist fills in: each render of the rows fills them all. */
class CountingChecklist extends SerEmotionChecklist {
  rowFills = 0;
  protected override _fill(text: string, vars?: Record<string, string>): string {
    if (this.groups.some((g) => g.legend == text || g.items.some((i) => i.hint == text))) this.rowFills++;
    return super._fill(text, vars);
  }
}
customElements.define('counting-checklist', CountingChecklist);

const boxes = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
const ticked = (el: Element) =>
  boxes(el)
    .filter((b) => b.checked)
    .map((b) => b.value);
const mine: Group[] = [
  { id: 'body', legend: 'In my body', items: [{ id: 'warm', label: 'Warmth', hint: 'A warm feeling' }] },
];

describe('<ser-emotion-checklist>: what a tick renders', () => {
  it('a tick renders the box, the summary and the form value, not every row again', async () => {
    const el = await render<CountingChecklist>(html`<counting-checklist name="felt"></counting-checklist>`);
    const rows = el.rowFills;
    expect(rows, 'the first render fills every legend and hint').to.be.above(5);
    el.rowFills = 0;
    boxes(el)[0].labels![0].click();
    await el.updateComplete;
    expect(el.rowFills, 'row texts filled again').to.equal(0);
    expect(ticked(el)).to.deep.equal([boxes(el)[0].value]);
    expect(el.shadowRoot!.querySelector('[part=summary]')!.textContent).to.contain(
      boxes(el)[0].labels![0].textContent!.trim(),
    );
    expect(el.selected).to.deep.equal([boxes(el)[0].value]);
  });

  it('the boxes follow answers set by script, a reset and new groups, though the rows were not rendered again', async () => {
    const el = await render<CountingChecklist>(html`<counting-checklist></counting-checklist>`);
    boxes(el)[0].labels![0].click();
    await el.updateComplete;
    el.selected = ['sadness', 'relief'];
    await el.updateComplete;
    expect(ticked(el)).to.deep.equal(['sadness', 'relief']);
    el.rowFills = 0;
    el.formResetCallback();
    await el.updateComplete;
    expect(ticked(el)).to.deep.equal([]);
    expect(el.rowFills, 'a reset renders no row again').to.equal(0);
    el.selected = ['fear'];
    el.extend = true;
    el.groups = mine;
    await el.updateComplete;
    expect(el.rowFills, 'new groups render the rows').to.be.above(0);
    expect(boxes(el).map((b) => b.value)).to.include('warm');
    expect(ticked(el)).to.deep.equal(['fear']);
    el.selected = ['warm'];
    await el.updateComplete;
    expect(ticked(el)).to.deep.equal(['warm']);
  });
});

describe('<ser-emotion-checklist>: the first tick', () => {
  it('makes no Intl.ListFormat, at idle or on a tick (its first use loads the browser list data: a long task)', async () => {
    const Real = Intl.ListFormat;
    const made: string[] = [];
    const intl = Intl as { ListFormat: typeof Real };
    intl.ListFormat = class extends Real {
      constructor(...args: ConstructorParameters<typeof Real>) {
        super(...args);
        made.push(String(args[0]));
      }
    };
    try {
      const el = await render<CountingChecklist>(html`<counting-checklist locale="es"></counting-checklist>`);
      await new Promise((idle) => (window.requestIdleCallback || setTimeout)(idle, { timeout: 3e3 } as never));
      boxes(el)[0].click();
      boxes(el)[1].click();
      await el.updateComplete;
      expect(el.selected).to.have.length(2);
      expect(el.shadowRoot!.querySelector('[part=summary]')!.textContent).to.contain(', ');
      expect(made).to.deep.equal([]);
    } finally {
      intl.ListFormat = Real;
    }
  });
});
