import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { MAX_URL_LENGTH, isLinkable, safeHref } from '../../src/data/safe-url';

const PAGE = 'https://news.example/story/index.html';

describe('safeHref', () => {
  it.each([
    ['https://www.reuters.com/article/x?y=1#z', 'https://www.reuters.com/article/x?y=1#z'],
    ['http://example.org', 'http://example.org/'],
    ['HTTPS://EXAMPLE.ORG/A', 'https://example.org/A'],
    ['  https://example.org/padded  ', 'https://example.org/padded'],
    ['https://مثال.example/', 'https://xn--mgbh0fb.example/'],
  ])('safeHref(%j) is the normalised address %j', (url, href) => {
    expect(safeHref(url)).toBe(href);
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    '\u0001 javascript:alert(1)',
    'JAVASCRIPT://%0aalert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
    'blob:https://example.org/1234',
    'file:///etc/passwd',
    'ftp://example.org/a',
    'mailto:someone@example.org',
    'about:blank',
    'chrome://settings',
    'https://trusted.example@evil.example/',
    'https://user:secret@example.org/',
    'https://',
    'http://[::1',
    '',
    '   ',
  ])('safeHref(%j) is null: never a link', (url) => {
    expect(safeHref(url)).toBeNull();
    expect(safeHref(url, PAGE)).toBeNull();
  });

  it.each([
    undefined,
    null,
    42,
    Number.NaN,
    {},
    ['https://example.org'],
    { toString: () => 'https://x.org' },
  ])('safeHref(%j) is null: only strings are URLs', (url) => {
    expect(safeHref(url)).toBeNull();
  });

  it('safeHref("/data/a.json") is null without a base and resolves against one', () => {
    expect(safeHref('/data/a.json')).toBeNull();
    expect(safeHref('/data/a.json', PAGE)).toBe('https://news.example/data/a.json');
    expect(safeHref('photo.jpg', PAGE)).toBe('https://news.example/story/photo.jpg');
    expect(safeHref('//cdn.example/p.jpg', PAGE)).toBe('https://cdn.example/p.jpg');
  });

  it('safeHref("javascript&colon;alert(1)") is only a harmless relative path: entities are not decoded', () => {
    expect(safeHref('javascript&colon;alert(1)')).toBeNull();
    expect(safeHref('javascript&colon;alert(1)', PAGE)).toBe(
      'https://news.example/story/javascript&colon;alert(1)',
    );
  });

  it('safeHref refuses a URL longer than MAX_URL_LENGTH', () => {
    const long = `https://example.org/${'a'.repeat(MAX_URL_LENGTH)}`;
    expect(safeHref(long)).toBeNull();
    expect(safeHref(long.slice(0, MAX_URL_LENGTH))).not.toBeNull();
  });

  it('safeHref(any string) is null or an absolute http(s) URL without credentials', () => {
    const scheme = fc.constantFrom('http:', 'https:', 'javascript:', 'JaVaScRiPt:', 'data:', 'vbscript:', '');
    const noise = fc.constantFrom('', ' ', '\t', '\n', '\u0000', '\u001f', '\u00a0', '\u202e');
    fc.assert(
      fc.property(fc.tuple(noise, scheme, noise, fc.string()), fc.boolean(), ([a, s, b, rest], withBase) => {
        const href = safeHref(`${a}${s}${b}${rest}`, withBase ? PAGE : undefined);
        if (href === null) return;
        const parsed = new URL(href);
        expect(['http:', 'https:']).toContain(parsed.protocol);
        expect(parsed.username + parsed.password).toBe('');
        expect(href.toLowerCase()).not.toMatch(/^\s*(javascript|data|vbscript):/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('isLinkable', () => {
  it('isLinkable accepts http(s) and relative paths, refuses other schemes', () => {
    expect(isLinkable('https://example.org')).toBe(true);
    expect(isLinkable('photos/douma.jpg')).toBe(true);
    expect(isLinkable('javascript:alert(1)')).toBe(false);
    expect(isLinkable(' data:text/html,x')).toBe(false);
  });
});
