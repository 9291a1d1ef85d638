import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sourceHref } from '../../src/details/source-href';

describe('sourceHref', () => {
  it('sourceHref keeps absolute http and https URLs', () => {
    expect(sourceHref('https://syriadirect.org/a?b=1#c')).toBe('https://syriadirect.org/a?b=1#c');
    expect(sourceHref('http://example.org')).toBe('http://example.org/');
    expect(sourceHref('  HTTPS://Example.org/x ')).toBe('https://example.org/x');
  });

  it('sourceHref refuses script, data and other schemes however they are written', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      '\u0000javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'mailto:a@b.c',
      'blob:https://example.org/1',
    ]) {
      expect(sourceHref(bad), bad).toBeNull();
    }
  });

  it('sourceHref refuses relative URLs, credentials and non-strings', () => {
    for (const bad of [
      '/path',
      'example.org',
      '//example.org/x',
      'https://trusted.org@evil.example/',
      '',
      null,
      42,
      {},
    ]) {
      expect(sourceHref(bad)).toBeNull();
    }
  });

  it('sourceHref only ever returns http: or https: URLs, whatever it is given', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.webUrl(),
          fc.webUrl().map((u) => u.replace(/^https?/, 'javascript')),
        ),
        (value) => {
          const href = sourceHref(value);
          expect(href === null || /^https?:\/\//.test(href)).toBe(true);
        },
      ),
    );
  });
});
