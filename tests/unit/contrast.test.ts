import { describe, expect, it } from 'vitest';
import { contrastRatio, over, parseHex, relativeLuminance } from '../../src/a11y/contrast';
import { contrastPairs, darkTokens, lightTokens } from '../../src/timeline/colour-tokens';
import { CATEGORY_COLOURS } from '../../src/layout/categories';

describe('contrast', () => {
  it('contrastRatio is 21 for black on white, 1 for a colour on itself, the same either way round', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#0b5fa5', '#0b5fa5')).toBe(1);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(contrastRatio('#ffffff', '#767676'), 10);
  });

  it('contrastRatio matches WCAG’s reference points: #767676 on white is just over 4.5:1', () => {
    expect(contrastRatio('#767676', '#fff')).toBeGreaterThan(4.5);
    expect(contrastRatio('#777777', '#fff')).toBeLessThan(4.5);
  });

  it('parseHex reads #rgb and #rrggbb and rejects anything else', () => {
    expect(parseHex('#fff')).toEqual([255, 255, 255]);
    expect(parseHex('#0B5FA5')).toEqual([11, 95, 165]);
    expect(parseHex('blue')).toBeNull();
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1, 10);
  });

  it('over blends a colour into its background as a semi-transparent fill is seen', () => {
    expect(over('#000000', 0.5, '#ffffff')).toEqual([128, 128, 128]);
    // Why uncertain bands are hatched, not faded: the old 45% fill fell to about 2:1.
    expect(contrastRatio(over(lightTokens['category-2'], 0.45, '#ffffff'), '#ffffff')).toBeLessThan(3);
  });

  for (const [theme, tokens] of [
    ['light', lightTokens],
    ['dark', darkTokens],
  ] as const) {
    it(`every text pair is at least 4.5:1 and every mark and focus ring at least 3:1 (${theme})`, () => {
      for (const [fg, bg, what, minimum] of contrastPairs(tokens)) {
        expect(contrastRatio(fg, bg), `${what}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(minimum);
      }
    });
  }

  it('the layout palette is the light category tokens, so a category’s colour means one thing', () => {
    expect([...CATEGORY_COLOURS]).toEqual(
      Array.from({ length: 7 }, (_, i) => lightTokens[`category-${i}` as 'category-0']),
    );
  });
});
