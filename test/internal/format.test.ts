import { expect } from '@open-wc/testing';
import { fmt } from '../../src/internal/format.js';

describe('fmt', () => {
  const vars = { name: 'your practitioner', list: 'fear' };

  it('fills slots mid-sentence as they are', () => {
    expect(fmt('Talk to {name} today.', vars)).to.equal('Talk to your practitioner today.');
  });

  it('capitalises a slot that starts the text or a sentence', () => {
    expect(fmt('{name} may ask.', vars)).to.equal('Your practitioner may ask.');
    expect(fmt('No rush. {name} will ask first! {name} listens.', vars)).to.equal(
      'No rush. Your practitioner will ask first! Your practitioner listens.',
    );
  });

  it('leaves unknown slots untouched', () => {
    expect(fmt('Hello {who}.', vars)).to.equal('Hello {who}.');
  });

  it('looks only at its own values: names every object inherits stay as written', () => {
    const text = '{constructor} and {__proto__}, {toString}. {valueOf} {hasOwnProperty}';
    expect(fmt(text, vars)).to.equal(text);
  });

  it('gives each template and set of values its own line, however often it is asked (lines are shared)', () => {
    const again = { name: 'Ana' };
    expect(fmt('Ask {name}.', vars)).to.equal('Ask your practitioner.');
    expect(fmt('Ask {name}.', again)).to.equal('Ask Ana.');
    expect(fmt('Ask {name}.', vars)).to.equal('Ask your practitioner.');
    expect(fmt('Ask {name}.', { name: 'Ana', list: 'x' })).to.equal('Ask Ana.');
    expect(fmt('{list}', { ...vars, list: 'calm' })).to.equal('Calm');
    expect(fmt('{list}', vars)).to.equal('Fear');
  });
});
