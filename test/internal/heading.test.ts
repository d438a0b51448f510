import { expect, fixture, html } from '@open-wc/testing';
import { headingElement } from '../../src/internal/heading.js';

describe('headingElement', () => {
  for (const level of [2, 3, 4, 5, 6])
    it(`level ${level} is a real <h${level}> with the id, part and content`, async () => {
      const host = await fixture(html`<div>${headingElement(level, 'title', 'What to expect')}</div>`);
      const h = host.firstElementChild!;
      expect(h.localName).to.equal(`h${level}`);
      expect(h.id).to.equal('title');
      expect(h.getAttribute('part')).to.equal('heading');
      expect(h.textContent).to.equal('What to expect');
    });
});
