import { describe, expect, it } from 'vitest';
import { svgNotReady } from '../../src/export/svg-not-ready';

describe('svgNotReady', () => {
  it('is a standalone SVG file, as wide as the timeline, that says the drawing is not ready', () => {
    const file = svgNotReady('Loading the timeline…', 800);
    expect(
      file.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"'),
    ).toBe(true);
    expect(file).toMatch(/ width="800" /);
    expect(file).toMatch(/>Loading the timeline…<\/text><\/svg>$/);
  });

  it("writes a page's own words as text, never as markup", () => {
    const file = svgNotReady('<script>alert(1)</script> & co', 600);
    expect(file).not.toMatch(/<script/);
    expect(file).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
  });

  it('falls back to a sensible width when the timeline has none yet', () => {
    expect(svgNotReady('…', 0)).toMatch(/ width="600" /);
    expect(svgNotReady('…', Number.NaN)).toMatch(/ width="600" /);
  });
});
