/**
 * WCAG 2 contrast, measured on the colour tokens themselves, so that a changed colour that
 * fails 4.5:1 for text or 3:1 for marks fails a test instead of a reader.
 */

/** An sRGB colour as 0–255 channels. */
export type Rgb = readonly [number, number, number];

/** Parses `#rgb` or `#rrggbb`; anything else is null. */
export function parseHex(colour: string): Rgb | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour.trim());
  if (!m) return null;
  const hex = m[1]!.length === 3 ? [...m[1]!].map((c) => c + c).join('') : m[1]!;
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
}

/** Relative luminance, as WCAG 2 defines it (0 for black, 1 for white). */
export function relativeLuminance([r, g, b]: Rgb): number {
  const linear = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The contrast ratio of two colours, from 1 (none) to 21 (black on white). */
export function contrastRatio(a: Rgb | string, b: Rgb | string): number {
  const ca = typeof a === 'string' ? parseHex(a) : a;
  const cb = typeof b === 'string' ? parseHex(b) : b;
  if (!ca || !cb) return 1;
  const [hi, lo] = [relativeLuminance(ca), relativeLuminance(cb)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** `colour` drawn at `opacity` over `background`, as the eye sees it. */
export function over(colour: Rgb | string, opacity: number, background: Rgb | string): Rgb {
  const c = typeof colour === 'string' ? parseHex(colour) : colour;
  const bg = typeof background === 'string' ? parseHex(background) : background;
  if (!c || !bg) return [0, 0, 0];
  return [0, 1, 2].map((i) => Math.round(c[i]! * opacity + bg[i]! * (1 - opacity))) as unknown as Rgb;
}

/** WCAG 2.2 minimums: 1.4.3 for text, 1.4.11 for marks, focus rings and other graphics. */
export const MIN_TEXT_CONTRAST = 4.5;
export const MIN_GRAPHIC_CONTRAST = 3;
