/**
 * The design tokens that change geometry rather than colour: `--timeline-mark-size` and
 * `--timeline-lane-height`. They are read once per layout and handed to the pure layout as
 * options, since lane packing must know how big marks are.
 */
import type { LayoutOptions } from '../layout/timeline-layout';

/** Sizes outside these bounds would break the drawing (marks overlapping their labels, 1px lanes). */
const MARK_SIZE = { min: 6, max: 32 };
const LANE_HEIGHT = { min: 24, max: 96 };

/**
 * Layout options from token values, given a reader of computed custom properties. Values that are
 * missing or not plain pixel lengths are ignored, so the defaults apply.
 */
export function layoutTokens(read: (name: string) => string): Partial<LayoutOptions> {
  const options: Partial<LayoutOptions> = {};
  const markSize = pixels(read('--timeline-mark-size'));
  if (markSize !== undefined) options.pointRadius = clamp(markSize, MARK_SIZE) / 2;
  const laneHeight = pixels(read('--timeline-lane-height'));
  if (laneHeight !== undefined) {
    // A lane must hold a label line (about 18px) above its mark.
    const mark = (options.pointRadius ?? 6) * 2;
    options.laneHeight = Math.max(clamp(laneHeight, LANE_HEIGHT), mark + 24);
  }
  return options;
}

/** `12px` or `12` → 12; anything else (`1em`, `calc(…)`, ``) → undefined. */
function pixels(value: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)(?:px)?\s*$/.exec(value ?? '');
  return match ? Number(match[1]) : undefined;
}

function clamp(value: number, { min, max }: { min: number; max: number }): number {
  return Math.min(max, Math.max(min, value));
}
