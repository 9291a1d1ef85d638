import { describe, expect, it } from 'vitest';

import { decodeEntities, htmlToText } from '../../src/import/html-to-text';

describe('htmlToText', () => {
  it('htmlToText drops tags and keeps the words, inline elements without extra spaces', () => {
    expect(htmlToText("Euclid's <i>Optica</i>, the <em>first</em> book")).toBe(
      "Euclid's Optica, the first book",
    );
  });

  it('htmlToText separates paragraphs and line breaks by a space, or by lines with keepLines', () => {
    const html = '<p class="lead">One.</p><p>Two<br>Three</p>';
    expect(htmlToText(html)).toBe('One. Two Three');
    expect(htmlToText(html, { keepLines: true })).toBe('One.\nTwo\nThree');
  });

  it('htmlToText leaves out scripts, styles and comments, and never runs anything', () => {
    const html =
      '<script>alert(1)</script><style>p{}</style><!-- note -->Safe <img src=x onerror="alert(2)">text';
    expect(htmlToText(html)).toBe('Safe text');
  });

  it('htmlToText reads attributes that contain ">" without leaking them as text', () => {
    expect(htmlToText('<a href="https://x.org/?a>b" title=\'1 > 0\'>link</a> after')).toBe('link after');
  });

  it('htmlToText decodes entities and keeps a lone "<" that starts no tag', () => {
    expect(htmlToText('Armstrong &amp; Aldrin &mdash; 1 &lt; 2 &#8212; &#x2014; caf&eacute; &bogus;')).toBe(
      'Armstrong & Aldrin — 1 < 2 — — café &bogus;',
    );
    expect(htmlToText('a < b and c > d')).toBe('a < b and c > d');
  });

  it('htmlToText turns anything that is not text into ""', () => {
    expect(htmlToText(undefined)).toBe('');
    expect(htmlToText(42)).toBe('');
    expect(htmlToText({ html: '<p>x</p>' })).toBe('');
  });

  it('decodeEntities replaces out-of-range and surrogate code points with U+FFFD', () => {
    expect(decodeEntities('&#0;&#xD800;&#x110000;')).toBe('\ufffd\ufffd\ufffd');
  });
});
