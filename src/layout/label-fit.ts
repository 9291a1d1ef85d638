/** Fits a label into a width by cutting it at a word and adding an ellipsis. */

/** Measures the rendered width of a string in CSS pixels. */
export type MeasureText = (text: string) => number;

export interface FittedLabel {
  text: string;
  width: number;
  /** True when the label was shortened; the full title is then shown on hover and focus. */
  truncated: boolean;
}

const ELLIPSIS = '…';

/**
 * Returns `text` unchanged when it fits in `maxWidth`, else the longest prefix
 * (cut at a word where possible) that fits with an ellipsis.
 */
export function fitLabel(text: string, maxWidth: number, measure: MeasureText): FittedLabel {
  const full = measure(text);
  if (full <= maxWidth) return { text, width: full, truncated: false };
  // Measuring is the slow part. The letters' own widths, each measured once for every label,
  // add up to a first guess at the cut that is rarely a letter out; a step or two from there
  // finds the longest prefix that fits, where a binary search measured five or six prefixes.
  const fits = (length: number) => measure(text.slice(0, length).trimEnd() + ELLIPSIS) <= maxWidth;
  let room = maxWidth - measure(ELLIPSIS);
  let lo = 0;
  while (lo < text.length && (room -= measure(text[lo]!)) >= 0) lo++;
  if (fits(lo)) while (lo < text.length && fits(lo + 1)) lo++;
  else while (lo > 0 && !fits(--lo));
  let cut = text.slice(0, lo);
  const lastSpace = cut.lastIndexOf(' ');
  // Prefer a word boundary unless that throws away most of the room.
  if (lastSpace > cut.length * 0.6) cut = cut.slice(0, lastSpace);
  const shortened = cut.trimEnd() + ELLIPSIS;
  return { text: shortened, width: measure(shortened), truncated: true };
}
