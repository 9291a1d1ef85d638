/**
 * How categories look: each gets a colour and a shape, so that categories stay
 * distinguishable for readers who cannot tell the colours apart.
 */

/** The shapes a point mark can take. */
export type MarkShape = 'circle' | 'square' | 'diamond' | 'triangle' | 'triangle-down' | 'hexagon' | 'star';

/**
 * Colours chosen for at least 3:1 contrast on white (WCAG non-text contrast),
 * ordered so neighbours differ in hue and lightness for colour-blind readers.
 */
export const CATEGORY_COLOURS = [
  '#0b5fa5', // blue
  '#b34700', // burnt orange
  '#187a4b', // green
  '#8e3b9e', // purple
  '#a6192e', // crimson
  '#6b5d00', // olive
  '#4a4a4a', // grey
] as const;

export const CATEGORY_SHAPES: readonly MarkShape[] = [
  'circle',
  'square',
  'diamond',
  'triangle',
  'triangle-down',
  'hexagon',
  'star',
];

/** What a category is drawn with. */
export interface CategoryStyle {
  name: string;
  colour: string;
  shape: MarkShape;
  /** Position in the key, and the CSS custom property suffix (`--timeline-category-0`). */
  order: number;
}

/** The name used for events that have no category. */
export const UNCATEGORISED = 'other';

/**
 * Assigns styles to categories in order of first appearance, so a category keeps
 * its colour while others are filtered out.
 */
export function categoryStyles(categories: Iterable<string | undefined>): Map<string, CategoryStyle> {
  const styles = new Map<string, CategoryStyle>();
  for (const raw of categories) {
    const name = raw ?? UNCATEGORISED;
    if (styles.has(name)) continue;
    const order = styles.size;
    styles.set(name, {
      name,
      order,
      colour: CATEGORY_COLOURS[order % CATEGORY_COLOURS.length]!,
      shape: CATEGORY_SHAPES[order % CATEGORY_SHAPES.length]!,
    });
  }
  return styles;
}

/**
 * An SVG path for a point mark of the given shape, centred on (0, 0), that fits
 * in a circle of radius `r`.
 */
export function shapePath(shape: MarkShape, r: number): string {
  // Every mark asks on every zoom step; a handful of shapes and sizes are ever drawn.
  const key = `${shape}|${r}`;
  let path = shapePaths.get(key);
  if (path === undefined) {
    if (shapePaths.size > 100) shapePaths.clear();
    path = drawShape(shape, r);
    shapePaths.set(key, path);
  }
  return path;
}

const shapePaths = new Map<string, string>();

function drawShape(shape: MarkShape, r: number): string {
  const f = (n: number) => Math.round(n * 100) / 100;
  const polygon = (points: [number, number][]) => `M${points.map(([x, y]) => `${f(x)},${f(y)}`).join('L')}Z`;
  switch (shape) {
    case 'circle':
      return `M${f(r)},0A${f(r)},${f(r)} 0 1,1 ${f(-r)},0A${f(r)},${f(r)} 0 1,1 ${f(r)},0Z`;
    case 'square': {
      const s = r * 0.85;
      return polygon([
        [-s, -s],
        [s, -s],
        [s, s],
        [-s, s],
      ]);
    }
    case 'diamond':
      return polygon([
        [0, -r],
        [r, 0],
        [0, r],
        [-r, 0],
      ]);
    case 'triangle':
      return polygon([
        [0, -r],
        [r * 0.95, r * 0.7],
        [-r * 0.95, r * 0.7],
      ]);
    case 'triangle-down':
      return polygon([
        [0, r],
        [r * 0.95, -r * 0.7],
        [-r * 0.95, -r * 0.7],
      ]);
    case 'hexagon':
      return polygon(
        Array.from({ length: 6 }, (_, i): [number, number] => {
          const a = (Math.PI / 3) * i;
          return [r * Math.cos(a), r * Math.sin(a)];
        }),
      );
    case 'star':
      return polygon(
        Array.from({ length: 10 }, (_, i): [number, number] => {
          const a = (Math.PI / 5) * i - Math.PI / 2;
          const radius = i % 2 === 0 ? r : r * 0.45;
          return [radius * Math.cos(a), radius * Math.sin(a)];
        }),
      );
  }
}
