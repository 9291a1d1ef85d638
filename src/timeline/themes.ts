/**
 * Named themes for `<event-timeline theme="…">`: each one is only a set of design-token values,
 * so a page can start from a theme and still change any token itself.
 */
import { CATEGORY_COLOURS } from '../layout/categories';

export type ThemeName = 'light' | 'dark' | 'high-contrast' | 'print';

export const THEME_NAMES: readonly ThemeName[] = ['light', 'dark', 'high-contrast', 'print'];

/** CSS custom property name → value. */
export type ThemeTokens = Readonly<Record<`--timeline-${string}`, string>>;

const categories = (colours: readonly string[]): ThemeTokens =>
  Object.fromEntries(colours.map((colour, i) => [`--timeline-category-${i}`, colour]));

/**
 * The default look, written out in full so that `theme="light"` also wins over a reader's dark
 * colour scheme (the defaults alone follow `prefers-color-scheme`).
 */
const light: ThemeTokens = {
  '--timeline-background': '#ffffff',
  '--timeline-text': '#1d1d1f',
  '--timeline-muted': '#57575c',
  '--timeline-grid': '#e3e3e8',
  '--timeline-axis': '#8a8a92',
  '--timeline-accent': '#0b5fa5',
  '--timeline-focus': '#0b5fa5',
  '--timeline-error': '#a6192e',
  '--timeline-error-background': '#fdf0f1',
  '--timeline-warning-background': '#fff8e5',
  '--timeline-tooltip-background': '#1d1d1f',
  '--timeline-tooltip-text': '#ffffff',
  '--timeline-period': '#eef1f6',
  '--timeline-period-alternate': '#f6f2ea',
  '--timeline-period-text': '#4d4d52',
  ...categories(CATEGORY_COLOURS),
};

/** Colours lifted for a dark background: every category keeps 3:1 against it (WCAG non-text). */
const dark: ThemeTokens = {
  '--timeline-background': '#17181c',
  '--timeline-text': '#f1f1f4',
  '--timeline-muted': '#b0b0b8',
  '--timeline-grid': '#2f3138',
  '--timeline-axis': '#70727b',
  '--timeline-accent': '#72b7ff',
  '--timeline-focus': '#72b7ff',
  '--timeline-error': '#ff8f9c',
  '--timeline-error-background': '#3a1d22',
  '--timeline-warning-background': '#3a3219',
  '--timeline-tooltip-background': '#f1f1f4',
  '--timeline-tooltip-text': '#17181c',
  '--timeline-period': '#22252d',
  '--timeline-period-alternate': '#2a2720',
  '--timeline-period-text': '#c2c2ca',
  ...categories(['#5fa8f5', '#f08a4b', '#4cc38a', '#c792e0', '#ff7a8a', '#cdb84a', '#a3a3ab']),
};

/** Black and white with saturated marks, bolder labels and bigger marks, for low vision. */
const highContrast: ThemeTokens = {
  '--timeline-background': '#000000',
  '--timeline-text': '#ffffff',
  '--timeline-muted': '#ffffff',
  '--timeline-grid': '#5c5c5c',
  '--timeline-axis': '#ffffff',
  '--timeline-accent': '#ffff00',
  '--timeline-focus': '#ffff00',
  '--timeline-error': '#ffffff',
  '--timeline-error-background': '#000000',
  '--timeline-warning-background': '#000000',
  '--timeline-tooltip-background': '#ffffff',
  '--timeline-tooltip-text': '#000000',
  '--timeline-period': '#1a1a1a',
  '--timeline-period-alternate': '#262626',
  '--timeline-period-text': '#ffffff',
  '--timeline-label-font-weight': '700',
  '--timeline-mark-size': '14px',
  ...categories(['#4cc2ff', '#ffaa33', '#33ff88', '#ff88ff', '#ff6666', '#ffff33', '#ffffff']),
};

/**
 * For paper: black on white, a serif face, and darker marks that still differ in lightness when
 * printed in grey (their shapes already tell categories apart).
 */
const print: ThemeTokens = {
  '--timeline-font-family': "Georgia, 'Times New Roman', 'Noto Serif', serif",
  '--timeline-background': '#ffffff',
  '--timeline-text': '#000000',
  '--timeline-muted': '#333333',
  '--timeline-grid': '#cccccc',
  '--timeline-axis': '#000000',
  '--timeline-accent': '#000000',
  '--timeline-focus': '#000000',
  '--timeline-error': '#000000',
  '--timeline-error-background': '#ffffff',
  '--timeline-warning-background': '#ffffff',
  '--timeline-tooltip-background': '#ffffff',
  '--timeline-tooltip-text': '#000000',
  '--timeline-period': '#f0f0f0',
  '--timeline-period-alternate': '#e2e2e2',
  '--timeline-period-text': '#000000',
  ...categories(['#000000', '#555555', '#1f3d7a', '#7a1f1f', '#2d5a2d', '#5a4a00', '#777777']),
};

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
