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
