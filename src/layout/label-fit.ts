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
  // Binary search on the prefix length: measuring is the slow part.
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(text.slice(0, mid).trimEnd() + ELLIPSIS) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  let cut = text.slice(0, lo);
  const lastSpace = cut.lastIndexOf(' ');
  // Prefer a word boundary unless that throws away most of the room.
  if (lastSpace > cut.length * 0.6) cut = cut.slice(0, lastSpace);
  const shortened = cut.trimEnd() + ELLIPSIS;
  return { text: shortened, width: measure(shortened), truncated: true };
}
