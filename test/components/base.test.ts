import { expect } from '@open-wc/testing';
import { LitElement, type PropertyDeclaration, type ReactiveElement } from 'lit';
import '../../src/components/emotion-checklist/emotion-checklist.js';
import '../../src/components/explainer-card/explainer-card.js';
import '../../src/components/provider/provider.js';
import '../../src/components/what-to-expect/what-to-expect.js';

const tags = ['ser-explainer-card', 'ser-what-to-expect', 'ser-emotion-checklist', 'ser-provider'];

// The drop-in's Lit leaves out what these would need (rollup.config.mjs, `litCuts`): they must not appear.
describe('every element, as the drop-in builds Lit', () => {
  for (const tag of tags)
    it(`<${tag}>: no declared property has an accessor of its own, nor sets useDefault`, () => {
      const element = customElements.get(tag) as unknown as typeof ReactiveElement;
      const options = [...element.elementProperties.entries()] as [
        PropertyKey,
        PropertyDeclaration & { wrapped?: boolean },
      ][];
      expect(options.length).to.be.above(0);
      expect(options.filter(([, o]) => o.wrapped || o.useDefault).map(([name]) => String(name))).to.deep.equal([]);
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
    const options = WithAccessor.elementProperties.get('label') as PropertyDeclaration & { wrapped?: boolean };
    expect(options.wrapped).to.equal(true);
  });
});
