/** Measures text in the browser, so that layout can stay pure and take widths as input. */

let context: CanvasRenderingContext2D | null | undefined;
let contextFont = '';
const measurers = new Map<string, (text: string) => number>();

/**
 * A function that returns the width in CSS px of a string drawn in `font` (a CSS `font`
 * shorthand). Widths are remembered per font: a title is measured once, not on every zoom step.
 */
export function textMeasurer(font: string): (text: string) => number {
  let measure = measurers.get(font);
  if (measure) return measure;
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  const ctx = context;
  const widths = new Map<string, number>();
  measure = (text) => {
    let width = widths.get(text);
    if (width === undefined) {
      // Without a canvas (very old engines) an average glyph width keeps layout sane.
      if (!ctx) return text.length * 7;
      // Setting `font` parses it, so only do it when another measurer changed it.
      if (contextFont !== font) {
        ctx.font = font;
        contextFont = font;
      }
      width = ctx.measureText(text).width;
      if (widths.size > 50_000) widths.clear();
      widths.set(text, width);
    }
    return width;
  };
  measurers.set(font, measure);
  return measure;
}
