import { expect } from '@open-wc/testing';
import { safeUrl } from '../../src/internal/url.js';

describe('safeUrl', () => {
  it('keeps http(s), mailto, tel and paths on this site, as written', () => {
    for (const href of [
      'https://example.com/book',
      'http://example.com',
      'mailto:maya@example.com',
      'tel:+441234567',
      '/book',
      'book.html',
      '#ser-during',
      '?q=1',
    ])
      expect(safeUrl(href), href).to.equal(href);
    expect(safeUrl('  https://example.com  ')).to.equal('https://example.com');
  });

  it('refuses scripts, data and other sites written as paths', () => {
    for (const href of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
      '//evil.example',
      '\\\\evil.example',
      '/\\evil.example',
      '\t//evil.example',
      '/\t/evil.example',
      'ftp://example.com',
    ])
      expect(safeUrl(href), JSON.stringify(href)).to.equal(undefined);
  });

  it('gives nothing for nothing', () => {
    expect(safeUrl(undefined)).to.equal(undefined);
    expect(safeUrl('   ')).to.equal(undefined);
  });
});
