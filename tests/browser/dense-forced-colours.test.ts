// The density band is a canvas, which forced colours do not repaint: it draws in system colours itself.
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { syntheticEvents } from '../../src/data/synthetic';
import { mountTimeline, unmountAll, untilDrawn } from './mount';

afterEach(async () => {
  unmountAll();
  await commands.emulateMedia({ forcedColors: null });
});

/** The distinct colours painted on the canvas, as "r,g,b" (fully transparent pixels left out). */
function paintedColours(canvas: HTMLCanvasElement): Set<string> {
  const data = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  const colours = new Set<string>();
  for (let i = 0; i < data.length; i += 4)
    if (data[i + 3] === 255) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
  return colours;
}

const systemColour = (name: string) => {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const [r, g, b] = getComputedStyle(probe).color.match(/\d+/g)!.map(Number);
  probe.remove();
  return `${r},${g},${b}`;
};

/** Whether colour `c` lies between `a` and `b` (each "r,g,b"), as an edge pixel mixing the two does. */
function isBlend(c: string, a: string, b: string): boolean {
  const [cc, aa, bb] = [c, a, b].map((x) => x.split(',').map(Number));
  const ts = cc!.map((v, i) => (bb![i] === aa![i] ? null : (v - aa![i]!) / (bb![i]! - aa![i]!)));
  const known = ts.filter((t): t is number => t !== null);
  if (cc!.some((v, i) => bb![i] === aa![i] && Math.abs(v - aa![i]!) > 2)) return false;
  return known.every((t) => t >= -0.02 && t <= 1.02 && Math.abs(t - known[0]!) < 0.03);
}

describe('the density band in forced colours', () => {
  const events = syntheticEvents(5000, 6);

  it(
    'draws in the page palette normally, and only in system colours when forced colours are active',
    { timeout: 60_000 },
    async () => {
      const before = mountTimeline({ events });
      const normalRoot = await untilDrawn(before, (r) => r.querySelector('canvas.density') !== null, 30_000);
      const normal = paintedColours(normalRoot.querySelector('canvas.density')!);
      // Five categories, five colours (and the anti-aliased edges between them).
      expect(normal.size).toBeGreaterThanOrEqual(5);
      unmountAll();

      await commands.emulateMedia({ forcedColors: 'active' });
      const timeline = mountTimeline({ events });
      const root = await untilDrawn(timeline, (r) => r.querySelector('canvas.density') !== null, 30_000);
      const forced = paintedColours(root.querySelector('canvas.density')!);
      const text = systemColour('CanvasText');
      const background = systemColour('Canvas');
      expect(forced.size).toBeGreaterThan(0);
      // Every pixel is the text colour, the background, or (at a column's anti-aliased edge) a mix of the two.
      for (const colour of forced) expect(isBlend(colour, text, background), colour).toBe(true);
      // The band is there, in the text colour.
      expect(forced).toContain(text);
    },
  );

  it(
    'repaints when the reader switches forced colours on while the timeline is on the page',
    { timeout: 60_000 },
    async () => {
      const timeline = mountTimeline({ events });
      const root = await untilDrawn(timeline, (r) => r.querySelector('canvas.density') !== null, 30_000);
      const canvas = () => root.querySelector<HTMLCanvasElement>('canvas.density')!;
      expect(paintedColours(canvas()).size).toBeGreaterThanOrEqual(5);
      await commands.emulateMedia({ forcedColors: 'active' });
      const text = systemColour('CanvasText');
      const background = systemColour('Canvas');
      await expect
        .poll(() => [...paintedColours(canvas())].every((c) => isBlend(c, text, background)), {
          timeout: 5000,
        })
        .toBe(true);
    },
  );
});
