/**
 * The default colours of `<event-timeline>`, light and dark, as data: the styles turn them into
 * `--timeline-*` custom properties (dark ones under `prefers-color-scheme: dark`), and a unit
 * test measures every pair a reader depends on against WCAG 2.2 (4.5:1 text, 3:1 marks and focus).
 * Themes start from these.
 */

export interface ColourTokens {
  background: string;
  text: string;
  /** Secondary text: tick labels, the key's counts. */
  muted: string;
  /** Grid lines: decoration only (the tick labels carry the dates), so exempt from 3:1. */
  grid: string;
  axis: string;
  /** The selected event's highlight. */
  accent: string;
  /** The keyboard focus ring. */
  focus: string;
  error: string;
  'error-background': string;
  'warning-background': string;
  'warning-border': string;
  'tooltip-background': string;
  'tooltip-text': string;
  /** One colour per category slot, each at least 3:1 against the background. */
  'category-0': string;
  'category-1': string;
  'category-2': string;
  'category-3': string;
  'category-4': string;
  'category-5': string;
  'category-6': string;
}

export const CATEGORY_SLOTS = 7;

export const lightTokens: ColourTokens = {
  background: '#ffffff',
  text: '#1d1d1f',
  muted: '#57575c',
  grid: '#e3e3e8',
  axis: '#8a8a92',
  accent: '#0b5fa5',
  focus: '#0b5fa5',
  error: '#a6192e',
  'error-background': '#fdf0f1',
  'warning-background': '#fff8e5',
  'warning-border': '#8a6d00',
  'tooltip-background': '#1d1d1f',
  'tooltip-text': '#ffffff',
  'category-0': '#0b5fa5', // blue
  'category-1': '#b34700', // burnt orange
  'category-2': '#187a4b', // green
  'category-3': '#8e3b9e', // purple
  'category-4': '#a6192e', // crimson
  'category-5': '#6b5d00', // olive
  'category-6': '#4a4a4a', // grey
};

/** Lighter hues of the same palette, in the same order, so a category keeps its colour's name. */
export const darkTokens: ColourTokens = {
  background: '#16161a',
  text: '#ececf0',
  muted: '#a9a9b3',
  grid: '#2e2e35',
  axis: '#7c7c86',
  accent: '#6cb2ff',
  focus: '#6cb2ff',
  error: '#ff8a9a',
  'error-background': '#2a1215',
  'warning-background': '#2a2410',
  'warning-border': '#c9a93a',
  'tooltip-background': '#ececf0',
  'tooltip-text': '#16161a',
  'category-0': '#5aa9ff',
  'category-1': '#ff9a52',
  'category-2': '#4cc38a',
  'category-3': '#d18ee0',
  'category-4': '#ff7b8c',
  'category-5': '#c8b645',
  'category-6': '#b0b0b8',
};

/** The pairs a reader depends on: [foreground, background, what it is, minimum ratio]. */
export function contrastPairs(t: ColourTokens): [string, string, string, number][] {
  const text = 4.5;
  const graphic = 3;
  return [
    [t.text, t.background, 'text', text],
    [t.muted, t.background, 'tick labels and key counts', text],
    [t.error, t['error-background'], 'error message', text],
    [t.text, t['warning-background'], 'problems notice', text],
    [t['warning-border'], t['warning-background'], 'problems notice border', graphic],
    [t['tooltip-text'], t['tooltip-background'], 'tooltip', text],
    [t.axis, t.background, 'axis line', graphic],
    [t.focus, t.background, 'focus ring', graphic],
    [t.accent, t.background, 'selection', graphic],
    ...Array.from({ length: CATEGORY_SLOTS }, (_, i): [string, string, string, number] => [
      t[`category-${i}` as keyof ColourTokens],
      t.background,
      `category ${i} mark`,
      graphic,
    ]),
  ];
}

/** `--timeline-name: value;` for each token, to put in a rule. */
export function tokenDeclarations(t: ColourTokens): string {
  return Object.entries(t)
    .map(([name, value]) => `--timeline-${name}: ${value};`)
    .join('\n');
}
