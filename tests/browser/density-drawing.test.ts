// The density band, drawn category by category (dense-view.ts), has the same pixels as the plain way:
// each column's stack drawn in turn, a rectangle (and in forced colours a dividing line) at a time.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BAND_HEIGHT, drawDensity, type DenseLayout } from '../../src/timeline/dense-view';
import type { DensityBin } from '../../src/layout/density';
import type { CategoryStyle } from '../../src/layout/categories';

/** The plain way, as the band was drawn before: column by column. */
function drawColumnByColumn(
  canvas: HTMLCanvasElement,
  layout: DenseLayout,
  colours: string[],
  forced: { text: string; background: string } | null,
): void {
  const ratio = window.devicePixelRatio || 1;
  const { width } = layout.axis;
  const height = BAND_HEIGHT;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  const { bins, peak } = layout.density;
  const unit = (height - 4) / Math.sqrt(peak || 1);
  for (const bin of bins) {
    const total = Math.sqrt(bin.count) * unit;
    let y = height;
    bin.byCategory.forEach((count, c) => {
      if (count === 0) return;
      const h = (count / bin.count) * total;
      ctx.fillStyle = forced ? forced.text : colours[c]!;
      ctx.fillRect(bin.x0, y - h, Math.max(1, bin.x1 - bin.x0 - 0.5), h);
      if (forced && y < height) {
        ctx.fillStyle = forced.background;
        ctx.fillRect(bin.x0, y - 1, Math.max(1, bin.x1 - bin.x0 - 0.5), 1);
      }
      y -= h;
    });
  }
}

const PALETTE = ['#0b5cad', '#b34700', '#1b7340', '#7a3e9d', '#a3122b', '#6b6b00'];

/** Random columns of 1 to 6 categories, some of them empty, on a 600 px plot. */
const layouts = fc
  .tuple(
    fc.integer({ min: 1, max: 6 }),
    fc.array(fc.array(fc.nat(40), { minLength: 6, maxLength: 6 }), { maxLength: 150 }),
  )
  .map(([categories, columns]) => {
    const bins: DensityBin[] = [];
    columns.forEach((counts, b) => {
      const byCategory = counts.slice(0, categories);
      const count = byCategory.reduce((a, n) => a + n, 0);
      if (count > 0) bins.push({ x0: 36 + b * 3, x1: 36 + (b + 1) * 3, count, byCategory, first: 0 });
    });
    const peak = Math.max(0, ...bins.map((b) => b.count));
    const names = PALETTE.slice(0, categories);
    const total = bins.reduce((a, b) => a + b.count, 0);
    return {
      axis: { width: 600 },
      density: { bins, categories: names, peak, total },
      positions: new Int32Array(),
    } as unknown as DenseLayout;
  });

/** Where two pictures' bytes first differ, or -1 (toEqual on 288,000 bytes takes seconds). */
function firstDifference(a: Uint8ClampedArray, b: Uint8ClampedArray): number {
  if (a.length !== b.length) return 0;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return i;
  return -1;
}

const pixels = (canvas: HTMLCanvasElement) =>
  canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;

describe('drawDensity', () => {
  for (const forced of [null, { text: 'rgb(255, 255, 255)', background: 'rgb(0, 0, 0)' }]) {
    it(`paints what drawing column by column paints${forced ? ', in forced colours' : ''}`, () => {
      fc.assert(
        fc.property(layouts, (layout) => {
          const [mine, plain] = [document.createElement('canvas'), document.createElement('canvas')];
          // Each category is named by its colour here, and styled with it.
          const names = layout.density.categories;
          const styles = new Map(names.map((name) => [name, { colour: name } as CategoryStyle]));
          drawDensity(mine, layout, styles, (style) => style!.colour, forced);
          drawColumnByColumn(plain, layout, names, forced);
          expect(firstDifference(pixels(mine), pixels(plain))).toBe(-1);
        }),
        { numRuns: 30 },
      );
    });
  }
});
