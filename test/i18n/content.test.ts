import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import { slug, toGroups, toMessages, toSections, uniqueIds } from '../../src/i18n/content.js';
import { captureConsole } from '../support/helpers.js';

const host = () => document.createElement('div');

describe('slug', () => {
  it('makes a URL-safe id from a title in any language', () => {
    expect(slug('Before you come')).to.equal('before-you-come');
    expect(slug('Après la séance !')).to.equal('apres-la-seance');
    expect(slug('?!')).to.equal('s');
  });
});

describe('uniqueIds', () => {
  it('numbers repeats, with one warning per repeat', async () => {
    let ids: string[] = [];
    const said = await captureConsole('warn', () => {
      ids = uniqueIds(host(), 'unique-test', [{ id: 'a' }, { id: 'a' }, { id: 'a-2' }, { id: 'a' }]).map((x) => x.id);
    });
    expect(ids).to.deep.equal(['a', 'a-2', 'a-2-2', 'a-3']);
    expect(said.length).to.equal(2);
  });
});

describe('toSections and toGroups', () => {
  it('keep well-formed entries, with ids from titles', () => {
    expect(toSections(host(), 'sections', [{ title: 'Parking', body: 'Behind the house' }])).to.deep.equal([
      { id: 'parking', title: 'Parking', body: ['Behind the house'] },
    ]);
    expect(toGroups(host(), 'groups', [{ legend: 'Body', items: [{ label: 'Warmth', hint: 'Heat' }] }])).to.deep.equal([
      { id: 'body', legend: 'Body', items: [{ id: 'warmth', label: 'Warmth', hint: 'Heat' }] },
    ]);
  });

  it('skip malformed entries with a warning naming the attribute and index', async () => {
    let sections: unknown;
    const said = await captureConsole('warn', () => {
      sections = toSections(host(), 'sections-test', [{ title: 'Only a title' }, 7]);
    });
    expect(sections).to.equal(undefined);
    expect(said.join('\n')).to.contain('sections-test[0]').and.contain('sections-test[1]');
  });
});

describe('toMessages', () => {
  it('copies known keys in the shape English gives them', () => {
    const messages = toMessages(host(), 'messages', { cardCta: 'Book', cardMore: ['One', 'Two'], clHeading: 3 });
    expect(messages).to.deep.equal({ cardCta: 'Book', cardMore: ['One', 'Two'] });
  });

  it('drops unknown and inherited keys with a warning', async () => {
    let messages = {};
    const raw = JSON.parse('{ "__proto__": { "x": 1 }, "constructor": "c", "cardCtaa": "typo" }');
    const said = await captureConsole('warn', () => (messages = toMessages(host(), 'messages-test', raw)));
    expect(messages).to.deep.equal({});
    expect(said.filter((line) => line.includes('an unknown key'))).to.have.length(3);
    expect(Object.getPrototypeOf(messages)).to.equal(Object.prototype);
  });

  it('accepts every English message as it is', () => {
    expect(toMessages(null, 'messages', en)).to.deep.equal(en);
  });
});
