/** Measures text in the browser, so that layout can stay pure and take widths as input. */

let context: CanvasRenderingContext2D | null | undefined;

/** A function that returns the width in CSS px of a string drawn in `font` (a CSS `font` shorthand). */
export function textMeasurer(font: string): (text: string) => number {
  if (context === undefined) context = document.createElement('canvas').getContext('2d');
  const ctx = context;
  // Without a canvas (very old engines) an average glyph width keeps layout sane.
  if (!ctx) return (text) => text.length * 7;
  return (text) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}
