import { expect } from '@open-wc/testing';
import { SerProvider } from '../../src/components/provider/provider.js';
import { parseConfig, settings, toConfig } from '../../src/config/settings.js';
import { captureConsole } from '../support/helpers.js';

const host = () => document.createElement('div');

describe('settings table', () => {
  it('gives the provider one property per row but `messages`, under its kebab-case attribute, and `config`', () => {
    const declared = SerProvider.properties as Record<string, { attribute?: unknown }>;
    const rows = Object.keys(settings).filter((key) => key != 'messages');
    expect(Object.keys(declared)).to.deep.equal([...rows, 'config']);
    expect(declared.bookingUrl.attribute).to.equal('booking-url');
    expect(declared.crisisLabel.attribute).to.equal('crisis-label');
    expect(declared.headingLevel.attribute).to.equal('heading-level');
    expect(declared.locale.attribute).to.equal('locale');
    expect(SerProvider.observedAttributes).to.include.members(['booking-url', 'reviewed-by', 'theme', 'practitioner']);
    expect(declared).not.to.have.property('messages');
    expect(declared.config.attribute).to.equal(false);
  });
});

describe('toConfig', () => {
  it('keeps each valid value, converted as its check says', () => {
    const config = toConfig(host(), {
      locale: 'es',
      theme: 'dark',
      headingLevel: '3',
      reviewed: '2026-11',
      crisisUrl: 'https://help.example',
    });
    expect(config).to.deep.equal({
      locale: 'es',
      theme: 'dark',
      headingLevel: 3,
      reviewed: '2026-11',
      crisisUrl: 'https://help.example',
    });
  });

  it('drops bad values and unknown keys with one warning each, naming the key', async () => {
    let config = {};
    const said = await captureConsole('warn', () => {
      config = toConfig(host(), {
        theme: 'neon-a',
        reviewed: '2026-13',
        crisisUrl: 'javascript:alert(1)',
        colour: 'red',
      });
    });
    expect(config).to.deep.equal({});
    expect(said).to.have.length(4);
    for (const key of ['config.theme', 'config.reviewed', 'config.crisisUrl', 'config.colour'])
      expect(said.join('\n')).to.contain(key);
  });

  it('treats null and empty values as not given: no value, no warning', async () => {
    const said = await captureConsole('warn', () =>
      expect(toConfig(host(), { theme: '', practitioner: null })).to.deep.equal({}),
    );
    expect(said).to.deep.equal([]);
  });

  it('names keys as the caller says (attributes for the provider)', async () => {
    const said = await captureConsole('warn', () =>
      toConfig(host(), { bookingUrl: 42 }, (k) => (k == 'bookingUrl' ? 'booking-url' : k)),
    );
    expect(said.join('\n')).to.contain('booking-url');
  });
});

describe('parseConfig', () => {
  it('reads a JSON object, messages included', () => {
    const config = parseConfig(host(), '{ "practitioner": "Maya", "messages": { "cardCta": "Book with Maya" } }');
    expect(config).to.deep.equal({ practitioner: 'Maya', messages: { cardCta: 'Book with Maya' } });
  });

  it('malformed JSON warns once and yields the defaults', async () => {
    let config = {};
    const said = await captureConsole(
      'warn',
      () => (config = parseConfig(host(), '{ "practitioner": ', 'script#malformed')),
    );
    expect(config).to.deep.equal({});
    expect(said).to.have.length(1);
    expect(said[0]).to.contain('malformed JSON');
  });
});
