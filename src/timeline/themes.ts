/**
 * Named themes for `<event-timeline theme="…">`: each one is only a set of design-token values,
 * so a page can start from a theme and still change any token itself.
 */
import { darkTokens, lightTokens, type ColourTokens } from './colour-tokens';

export type ThemeName = 'light' | 'dark' | 'high-contrast' | 'print';

export const THEME_NAMES: readonly ThemeName[] = ['light', 'dark', 'high-contrast', 'print'];

/** CSS custom property name → value. */
export type ThemeTokens = Readonly<Record<`--timeline-${string}`, string>>;

/** A theme's colours (checked for contrast like the defaults), its band colours, and any other tokens. */
const theme = (
  colours: ColourTokens,
  periods: { period: string; alternate: string; text: string },
  other: ThemeTokens = {},
): ThemeTokens => ({
  ...Object.fromEntries(Object.entries(colours).map(([name, value]) => [`--timeline-${name}`, value])),
  '--timeline-period': periods.period,
  '--timeline-period-alternate': periods.alternate,
  '--timeline-period-text': periods.text,
  ...other,
});

/**
 * The default light colours, written out so that `theme="light"` also wins over a reader's dark
 * scheme (the defaults alone follow `prefers-color-scheme`).
 */
const light = theme(lightTokens, { period: '#eef1f6', alternate: '#f6f2ea', text: '#4d4d52' });

/** The default dark colours, whatever the reader's scheme. */
const dark = theme(darkTokens, { period: '#22252d', alternate: '#2a2720', text: '#c2c2ca' });

/** Black and white with saturated marks, bolder labels and bigger marks, for low vision. */
const highContrast = theme(
  {
    background: '#000000',
    text: '#ffffff',
    muted: '#ffffff',
    grid: '#5c5c5c',
    axis: '#ffffff',
    accent: '#ffff00',
    focus: '#ffff00',
    error: '#ffffff',
    'error-background': '#000000',
    'warning-background': '#000000',
    'warning-border': '#ffffff',
    'tooltip-background': '#ffffff',
    'tooltip-text': '#000000',
    'category-0': '#4cc2ff',
    'category-1': '#ffaa33',
    'category-2': '#33ff88',
    'category-3': '#ff88ff',
    'category-4': '#ff6666',
    'category-5': '#ffff33',
    'category-6': '#ffffff',
  },
  { period: '#1a1a1a', alternate: '#262626', text: '#ffffff' },
  { '--timeline-label-font-weight': '700', '--timeline-mark-size': '14px' },
);

/**
 * For paper: black on white, a serif face, and darker marks that still differ in lightness when
 * printed in grey (their shapes already tell categories apart).
 */
const print = theme(
  {
    background: '#ffffff',
    text: '#000000',
    muted: '#333333',
    grid: '#cccccc',
    axis: '#000000',
    accent: '#000000',
    focus: '#000000',
    error: '#000000',
    'error-background': '#ffffff',
    'warning-background': '#ffffff',
    'warning-border': '#000000',
    'tooltip-background': '#ffffff',
    'tooltip-text': '#000000',
    'category-0': '#000000',
    'category-1': '#555555',
    'category-2': '#1f3d7a',
    'category-3': '#7a1f1f',
    'category-4': '#2d5a2d',
    'category-5': '#5a4a00',
    'category-6': '#777777',
  },
  { period: '#f0f0f0', alternate: '#e2e2e2', text: '#000000' },
  { '--timeline-font-family': "Georgia, 'Times New Roman', 'Noto Serif', serif" },
);

/** Each theme's colours as `ColourTokens`, for contrast checks. */
export const THEME_COLOURS: Readonly<Record<ThemeName, ColourTokens>> = {
  light: lightTokens,
  dark: darkTokens,
  'high-contrast': colours(highContrast),
  print: colours(print),
};

function colours(tokens: ThemeTokens): ColourTokens {
  const read = Object.keys(lightTokens).map((name) => [name, tokens[`--timeline-${name}`]]);
  return Object.fromEntries(read) as ColourTokens;
}

export const THEMES: Readonly<Record<ThemeName, ThemeTokens>> = {
  light,
  dark,
  'high-contrast': highContrast,
  print,
};

/** The theme a `theme` attribute names, or undefined for the defaults. */
export function themeName(value: unknown): ThemeName | undefined {
  return THEME_NAMES.find((name) => name === value);
}

/** A theme's tokens as CSS declarations (`--timeline-name: value;`), to put in a rule. */
export function themeDeclarations(tokens: ThemeTokens): string {
  return Object.entries(tokens)
    .map(([name, value]) => `${name}: ${value};`)
    .join('\n');
}
