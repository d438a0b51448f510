import { expect, fixture, html } from '@open-wc/testing';
import { readDetails, readFieldsets } from '../../src/i18n/from-page.js';
import { captureConsole } from '../support/helpers.js';

describe('readDetails', () => {
  it('reads each <details> into a section whose content moves, live, into a box slotted by its id', async () => {
    const host = await fixture(html`<div>
      <details id="ser-parking" open><summary> Where to  park </summary><p>Behind the <a href="/map">house</a>.</p></details>
      <p>Not a section</p>
    </div>`);
    const link = host.querySelector('a');
    const boxes = new WeakMap<Element, HTMLElement>();
    const [section, ...rest] = readDetails(host, boxes);
    expect(rest).to.deep.equal([]);
    expect(section).to.include({ id: 'parking', title: 'Where to park', open: true });
    expect(section.box!.slot).to.equal('parking');
    expect(section.box!.contains(link), 'the page’s own link, not a copy').to.equal(true);
    // Read again (a slotchange): the same box, nothing duplicated.
    const [again] = readDetails(host, boxes);
    expect(again.box).to.equal(section.box);
    expect(again.box!.querySelectorAll('a').length).to.equal(1);
  });

  it('skips a <details> without a title or without content, with a warning', async () => {
    const host = await fixture(html`<div>
      <details><p>No summary</p></details>
      <details><summary>Empty part</summary></details>
    </div>`);
    let read: unknown[] = [];
    const said = await captureConsole('warn', () => (read = readDetails(host, new WeakMap())));
    expect(read).to.deep.equal([]);
    expect(said.join('\n')).to.contain('without a <summary>').and.contain('without content');
  });
});

describe('readFieldsets', () => {
  it('reads <fieldset> groups: legend, labels without their hint, hints, ids from name and value', async () => {
    const host = await fixture(html`<div>
      <fieldset name="body">
        <legend> In the body </legend>
        <label><input type="checkbox" value="warm" /> Warmth <small>A gentle heat</small></label>
        <label><input type="checkbox" /> Tingling</label>
      </fieldset>
    </div>`);
    expect(readFieldsets(host)).to.deep.equal([
      {
        id: 'body',
        legend: 'In the body',
        items: [
          { id: 'warm', label: 'Warmth', hint: 'A gentle heat' },
          { id: 'tingling', label: 'Tingling' },
        ],
      },
    ]);
  });

  it('gives undefined without any <fieldset>, so the widget keeps its own groups', async () => {
    const host = await fixture(html`<div><p>Nothing to read</p></div>`);
    expect(readFieldsets(host)).to.equal(undefined);
  });
});
