import { expect } from '@open-wc/testing';
import { CSSResult, html, LitElement, ReactiveElement, type PropertyDeclaration } from 'lit';
import { SerElement } from '../../src/components/base.js';
import '../../src/components/emotion-checklist/emotion-checklist.js';
import '../../src/components/explainer-card/explainer-card.js';
import '../../src/components/provider/provider.js';
import '../../src/components/what-to-expect/what-to-expect.js';

const tags = ['ser-explainer-card', 'ser-what-to-expect', 'ser-emotion-checklist', 'ser-provider'];

type Declaration = PropertyDeclaration & { wrapped?: boolean; state?: boolean };

/** The declared properties of an element class that need what the drop-in's Lit leaves out, by name. */
const unsupported = (element: typeof ReactiveElement) =>
  [...(element.elementProperties as Map<PropertyKey, Declaration>).entries()]
    .filter(
      ([name, o]) =>
        typeof name != 'string' ||
        o.wrapped ||
        o.useDefault ||
        o.converter ||
        o.hasChanged ||
        o.noAccessor ||
        o.state ||
        ![undefined, String, Boolean].includes(o.type as never),
    )
    .map(([name]) => String(name));

/** Lit's hooks that the drop-in's Lit no longer calls (it runs their defaults inline), by the name an element overrides. */
const hooks = ['shouldUpdate', 'getUpdateComplete'] as const;
const overridden = (element: typeof ReactiveElement) =>
  hooks.filter((hook) => element.prototype[hook] !== ReactiveElement.prototype[hook]);

// The drop-in's Lit leaves out what these would need (rollup.config.mjs, `litCuts`): they must not appear.
describe('every element, as the drop-in builds Lit', () => {
  for (const tag of tags)
    it(`<${tag}>: no declared property has an accessor of its own, a type but String or Boolean, or an option the drop-in's Lit ignores`, () => {
      const element = customElements.get(tag) as unknown as typeof ReactiveElement;
      expect(element.elementProperties.size).to.be.above(0);
      expect(unsupported(element)).to.deep.equal([]);
    });

  for (const tag of tags)
    it(`<${tag}>: every style is a css\`\` result, not a CSSStyleSheet`, () => {
      const element = customElements.get(tag) as unknown as typeof ReactiveElement;
      expect(element.elementStyles.length).to.be.above(0);
      expect(element.elementStyles.filter((s) => !(s instanceof CSSResult))).to.deep.equal([]);
    });

  for (const tag of tags)
    it(`<${tag}>: overrides none of ${hooks.join(', ')}`, () => {
      expect(overridden(customElements.get(tag) as unknown as typeof ReactiveElement)).to.deep.equal([]);
    });

  it('the check sees an overridden hook', () => {
    class WithHook extends LitElement {
      protected override shouldUpdate(): boolean {
        return false;
      }
    }
    expect(overridden(WithHook)).to.deep.equal(['shouldUpdate']);
  });

  it('the check sees an accessor when there is one', () => {
    class WithAccessor extends LitElement {
      static override properties = { label: {} };
      get label(): string {
        return '';
      }
      set label(_: string) {}
    }
    customElements.define('with-accessor-check', WithAccessor);
    const options = WithAccessor.elementProperties.get('label') as Declaration;
    expect(options.wrapped).to.equal(true);
    expect(unsupported(WithAccessor)).to.deep.equal(['label']);
  });

  it('the check sees each option and type the drop-in leaves out', () => {
    class WithOptions extends LitElement {
      static override properties = {
        plain: {},
        flag: { type: Boolean },
        count: { type: Number },
        list: { type: Array },
        data: { type: Object },
        kept: { useDefault: true },
        parsed: { converter: (v: string | null) => v },
        compared: { hasChanged: () => true },
        own: { noAccessor: true },
        internal: { state: true },
        [Symbol.for('keyed')]: {},
      };
    }
    customElements.define('with-options-check', WithOptions);
    expect(unsupported(WithOptions)).to.deep.equal([
      'count',
      'list',
      'data',
      'kept',
      'parsed',
      'compared',
      'own',
      'internal',
      'Symbol(keyed)',
    ]);
  });
});

const rendered = (el: Element) => !!el.shadowRoot?.firstElementChild;
const task = () => new Promise((resolve) => setTimeout(resolve));
/** A new task after those already queued by the widgets: messages run in the order they were posted. */
const afterQueuedTasks = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(0);
  });

/** A kind of widget no page has rendered yet. */
class NewKind extends SerElement {
  override render() {
    return html`<p>new</p>`;
  }
}
customElements.define('ser-test-new-kind', NewKind);
const newKind = () => document.createElement('ser-test-new-kind') as NewKind;

describe('first render of many widgets', () => {
  let box: HTMLDivElement;
  beforeEach(() => {
    box = document.createElement('div');
    box.style.fontSize = '16px';
    document.body.append(box);
  });
  afterEach(() => box.remove());

  it('spreads over several tasks in document order, so the browser can paint in between', async () => {
    await task();
    const widgets = Array.from({ length: 400 }, () => document.createElement('ser-emotion-checklist'));
    // What each animation frame saw: a frame while some widgets wait is the browser painting in between.
    const frames: boolean[][] = [];
    let watching = true;
    const frame = () => {
      frames.push(widgets.map(rendered));
      if (watching) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    box.append(...widgets);
    await Promise.all(widgets.map((w) => w.updateComplete));
    watching = false;
    const between = frames.filter((seen) => seen.includes(true) && seen.includes(false));
    expect(between.length, 'frames painted while some widgets waited').to.be.above(0);
    for (const seen of between)
      expect(seen.slice(seen.indexOf(false)).includes(true), 'a later widget rendered before an earlier one').to.be
        .false;
    expect(widgets.filter(rendered).length).to.equal(widgets.length);
  });

  it('the first render of a kind of widget has a task of its own, and page order holds', async () => {
    const checklist = () => document.createElement('ser-emotion-checklist');
    await box.appendChild(checklist()).updateComplete;
    await afterQueuedTasks();
    const [before, firstNew, secondNew, after] = [checklist(), newKind(), newKind(), checklist()];
    box.append(before, firstNew, secondNew, after);
    await before.updateComplete;
    expect([firstNew, secondNew, after].map(rendered), 'after a checklist, in its task').to.deep.equal([
      false,
      false,
      false,
    ]);
    await firstNew.updateComplete;
    expect([secondNew, after].map(rendered), 'in the task of the first new one').to.deep.equal([false, false]);
    await Promise.all([secondNew.updateComplete, after.updateComplete]);
    expect([secondNew, after].map(rendered)).to.deep.equal([true, true]);
  });

  const reserved = { 'ser-explainer-card': 21, 'ser-what-to-expect': 19, 'ser-emotion-checklist': 50 };
  for (const [tag, em] of Object.entries(reserved))
    it(`<${tag}> keeps the README snippet's ${em}em of room until its first render, then sizes to its content`, async () => {
      const widget = document.createElement(tag) as LitElement;
      box.append(widget);
      // Connected, not yet rendered: its first render is at least a microtask away.
      expect(rendered(widget)).to.be.false;
      expect(getComputedStyle(widget).minHeight).to.equal(`${em * 16}px`);
      await widget.updateComplete;
      expect(rendered(widget)).to.be.true;
      expect(['auto', '0px']).to.include(getComputedStyle(widget).minHeight);
    });
});
