import { render } from 'lit';
import { describe, expect, it } from 'vitest';

import { externalLink } from '../../src/timeline/external-link';

function rendered(url: unknown, text = 'Reuters'): HTMLElement {
  const host = document.createElement('p');
  render(externalLink(url, text, 'https://news.example/story/'), host);
  return host;
}

describe('externalLink', () => {
  it('externalLink("https://…", text) is a link with rel="noopener noreferrer"', () => {
    const link = rendered('https://www.reuters.com/a?b=1').querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://www.reuters.com/a?b=1');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.textContent).toBe('Reuters');
  });

  it('externalLink("report.pdf") resolves against the base', () => {
    expect(rendered('report.pdf').querySelector('a')!.href).toBe('https://news.example/story/report.pdf');
  });

  it.each([
    ' JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https://trusted.example@evil.example/',
    42,
  ])('externalLink(%j) is plain text, not a link', (url) => {
    const host = rendered(url, '<img src=x onerror=alert(1)>');
    expect(host.querySelector('a, img')).toBeNull();
    expect(host.textContent).toBe('<img src=x onerror=alert(1)>');
  });
});
