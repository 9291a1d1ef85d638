import { describe, expect, it } from 'vitest';

import { contrastPairs, lightTokens } from '../../src/timeline/colour-tokens';
import { contrastRatio as contrast } from '../../src/a11y/contrast';
import { layoutTokens } from '../../src/timeline/layout-tokens';
import { THEME_COLOURS, THEME_NAMES, THEMES, themeName } from '../../src/timeline/themes';

describe('THEMES', () => {
  it('there are four named themes: light, dark, high-contrast and print', () => {
    expect(THEME_NAMES).toEqual(['light', 'dark', 'high-contrast', 'print']);
    expect(themeName('dark')).toBe('dark');
    expect(themeName('sepia')).toBeUndefined();
  });

  it.each(THEME_NAMES)(
    '%s: text, secondary text and period labels reach 4.5:1 on the background (WCAG AA)',
    (name) => {
      const t = THEMES[name];
      const background = t['--timeline-background']!;
      for (const token of ['--timeline-text', '--timeline-muted'] as const) {
        expect(contrast(t[token]!, background), token).toBeGreaterThanOrEqual(4.5);
      }
      for (const band of ['--timeline-period', '--timeline-period-alternate'] as const) {
        expect(contrast(t['--timeline-period-text']!, t[band]!), band).toBeGreaterThanOrEqual(4.5);
      }
      expect(
        contrast(t['--timeline-tooltip-text']!, t['--timeline-tooltip-background']!),
      ).toBeGreaterThanOrEqual(4.5);
    },
  );

  it.each(THEME_NAMES)(
    '%s: every category colour, the accent and the focus ring reach 3:1 (non-text contrast)',
    (name) => {
      const t = THEMES[name];
      const background = t['--timeline-background']!;
      const marks = Array.from({ length: 7 }, (_, i) => `--timeline-category-${i}` as const);
      for (const token of [...marks, '--timeline-accent', '--timeline-focus'] as const) {
        expect(t[token], token).toMatch(/^#[0-9a-f]{6}$/);
        expect(contrast(t[token]!, background), token).toBeGreaterThanOrEqual(3);
      }
    },
  );

  it.each(THEME_NAMES)(
    '%s: every pair the defaults are held to passes too (colour-tokens contrastPairs)',
    (name) => {
      for (const [foreground, background, what, minimum] of contrastPairs(THEME_COLOURS[name])) {
        expect(contrast(foreground, background), `${name}: ${what}`).toBeGreaterThanOrEqual(minimum);
      }
    },
  );

  it('light repeats the default light colours, so it looks like no theme at all in a light scheme', () => {
    expect(THEME_COLOURS.light).toEqual(lightTokens);
    expect(THEMES.light['--timeline-category-0']).toBe(lightTokens['category-0']);
  });

  it('every theme sets the same colour tokens, so switching themes never leaves one behind', () => {
    const colourTokens = (name: (typeof THEME_NAMES)[number]) =>
      Object.keys(THEMES[name])
        .filter((k) => THEMES[name][k as `--timeline-${string}`]!.startsWith('#'))
        .sort();
    for (const name of THEME_NAMES) expect(colourTokens(name)).toEqual(colourTokens('light'));
  });
});

describe('layoutTokens', () => {
  const reader = (values: Record<string, string>) => (name: string) => values[name] ?? '';

  it('layoutTokens reads --timeline-mark-size as the mark diameter and --timeline-lane-height in px', () => {
    expect(
      layoutTokens(reader({ '--timeline-mark-size': '16px', '--timeline-lane-height': ' 48px ' })),
    ).toEqual({
      pointRadius: 8,
      laneHeight: 48,
    });
  });

  it('layoutTokens ignores what it cannot read and keeps sizes that would break the drawing in bounds', () => {
    expect(
      layoutTokens(reader({ '--timeline-mark-size': '1em', '--timeline-lane-height': 'calc(2px)' })),
    ).toEqual({});
    expect(layoutTokens(reader({ '--timeline-mark-size': '500px' }))).toEqual({ pointRadius: 16 });
    // A lane always holds its label line above its mark.
    expect(
      layoutTokens(reader({ '--timeline-mark-size': '30px', '--timeline-lane-height': '24px' })),
    ).toEqual({
      pointRadius: 15,
      laneHeight: 54,
    });
  });
});
