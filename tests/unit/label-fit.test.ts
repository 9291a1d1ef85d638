import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fitLabel } from '../../src/layout/label-fit';

// A monospace stand-in for the browser's measureText: 7 px a character.
const measure = (text: string) => text.length * 7;

describe('fitLabel', () => {
  it('fitLabel(text, maxWidth) keeps a label that fits', () => {
    expect(fitLabel('IS fighters surrender', 500, measure)).toEqual({
      text: 'IS fighters surrender',
      width: 147,
      truncated: false,
    });
  });

  it('fitLabel(text, maxWidth) cuts a long label at a word and adds an ellipsis', () => {
    const fitted = fitLabel('Up to 400 Islamic State fighters surrender in eastern Idlib', 140, measure);
    expect(fitted.truncated).toBe(true);
    expect(fitted.text).toBe('Up to 400 Islamic…');
    expect(fitted.width).toBeLessThanOrEqual(140);
  });

  it('fitLabel never returns a label wider than maxWidth (random texts)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 120 }), fc.integer({ min: 7, max: 400 }), (text, max) => {
        const fitted = fitLabel(text, max, measure);
        expect(fitted.width).toBeLessThanOrEqual(Math.max(max, 7));
        if (!fitted.truncated) expect(fitted.text).toBe(text);
      }),
    );
  });
});

describe('fitLabel cuts at the longest prefix that fits', () => {
  // Letters of different widths, as in a proportional font: the first guess from letter widths is then
  // exact, and a kerning-like nudge per pair below makes it a letter or two out.
  const widths = (text: string, kerning: number) => {
    let width = 0;
    for (let i = 0; i < text.length; i++) {
      width += 4 + (text.charCodeAt(i) % 9);
      if (i > 0 && text[i] === text[i - 1]) width -= kerning;
    }
    return width;
  };
  /** The longest prefix (trimmed, with an ellipsis) that fits, tried one length at a time. */
  const longest = (text: string, max: number, measure: (t: string) => number) => {
    let best = 0;
    for (let n = 1; n <= text.length; n++) if (measure(text.slice(0, n).trimEnd() + '…') <= max) best = n;
    return best;
  };

  it('finds the same cut as trying every length (random texts, letter widths and kerning)', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 80 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 0, max: 3 }),
        (text, max, kerning) => {
          const measure = (t: string) => widths(t, kerning);
          const fitted = fitLabel(text, max, measure);
          if (!fitted.truncated) return;
          const cut = longest(text, max, measure);
          // The cut may then go back to a word boundary; it never goes past the longest that fits.
          const kept = fitted.text.slice(0, -1);
          expect(kept.length).toBeLessThanOrEqual(text.slice(0, cut).trimEnd().length);
          const lastSpace = text.slice(0, cut).lastIndexOf(' ');
          const expected =
            lastSpace > cut * 0.6 ? text.slice(0, lastSpace).trimEnd() : text.slice(0, cut).trimEnd();
          expect(kept).toBe(expected);
        },
      ),
    );
  });

  it('measures fewer prefixes than a binary search on a long title', () => {
    const measured = new Set<string>();
    const measure = (t: string) => (measured.add(t), widths(t, 0));
    const title = 'Up to 400 Islamic State fighters surrender in eastern Idlib after a siege of weeks';
    fitLabel(title, 160, measure);
    const prefixes = [...measured].filter((t) => t.endsWith('…') && t !== '…');
    expect(prefixes.length).toBeLessThanOrEqual(3);
  });
});
