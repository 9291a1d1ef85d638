/**
 * The keyboard model of the timeline, as pure functions: which key does what (given the
 * direction time runs and the orientation), and which event a move lands on.
 *
 * Zoom (`+`, `-`, `0`) and Shift+arrow panning belong to the zoom module; the keys here
 * leave them alone so that both can listen on the same element.
 */
import { utcDay, utcMonth, utcWeek, utcYear } from 'd3-time';
import type { Direction } from '../i18n/locale';

export type KeyMove =
  'previous' | 'next' | 'first' | 'last' | 'page-back' | 'page-forward' | 'select' | 'clear' | 'help';

export interface KeyContext {
  /** Which way time runs across the screen: right to left in RTL. */
  direction: Direction;
  /** A horizontal timeline moves with Left/Right, a vertical one with Up/Down. */
  orientation: 'horizontal' | 'vertical';
  shiftKey?: boolean;
  altKey?: boolean;
  ctrlKey?: boolean;
  metaKey?: boolean;
}

/** What a key does, or null when the timeline leaves it to the page, the browser or the zoom keys. */
export function keyMove(key: string, context: KeyContext): KeyMove | null {
  // Ctrl, Alt and Meta combinations belong to the browser and to screen readers.
  if (context.altKey || context.ctrlKey || context.metaKey) return null;
  // `?` is typed with Shift on most layouts; every other key with Shift is left to panning.
  if (key === '?') return 'help';
  if (context.shiftKey) return null;
  const rtl = context.direction === 'rtl';
  const vertical = context.orientation === 'vertical';
  switch (key) {
    case 'ArrowRight':
      if (vertical) return null;
      return rtl ? 'previous' : 'next';
    case 'ArrowLeft':
      if (vertical) return null;
      return rtl ? 'next' : 'previous';
    // Up and Down also step through time on a horizontal timeline: a reader who tries them
    // should not find a dead key (and they never scroll a page out from under the focus).
    case 'ArrowDown':
      return 'next';
    case 'ArrowUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'PageUp':
      return 'page-back';
    case 'PageDown':
      return 'page-forward';
    case 'Enter':
    case ' ':
    case 'Spacebar':
      return 'select';
    case 'Escape':
      return 'clear';
    default:
      return null;
  }
}

/** The index focus moves to from `current` among `count` events in time order. */
export function movedIndex(
  move: 'previous' | 'next' | 'first' | 'last',
  current: number,
  count: number,
): number {
  switch (move) {
    case 'previous':
      return Math.max(0, current - 1);
    case 'next':
      return Math.min(count - 1, current + 1);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
  }
}

/** How far PageUp and PageDown jump: a calendar step, so a month is a month whatever its length. */
export interface PageStep {
  unit: 'day' | 'week' | 'month' | 'year';
  count: number;
}

const DAY = 86_400_000;

/**
 * A step that suits the zoom: a month for a window of half a year or more (the whole
 * dataset), a week for weeks, a day for days, a year for a decade or more.
 */
export function pageStep(windowLength: number): PageStep {
  if (windowLength >= 3650 * DAY) return { unit: 'year', count: 1 };
  if (windowLength >= 182 * DAY) return { unit: 'month', count: 1 };
  if (windowLength >= 42 * DAY) return { unit: 'week', count: 1 };
  return { unit: 'day', count: 1 };
}

const INTERVALS = { day: utcDay, week: utcWeek, month: utcMonth, year: utcYear };

/**
 * Where PageDown (`forward`) or PageUp (`back`) lands from `current`, given every event's start
 * in time order: the first event at least a step later, or the last event at most a step
 * earlier. Past the ends it stops on the last or first event.
 */
export function pagedIndex(
  way: 'back' | 'forward',
  current: number,
  starts: ArrayLike<number>,
  step: PageStep,
): number {
  const count = starts.length;
  if (count === 0) return -1;
  const from = starts[Math.min(Math.max(0, current), count - 1)]!;
  const sign = way === 'forward' ? 1 : -1;
  const target = +INTERVALS[step.unit].offset(new Date(from), sign * step.count);
  if (way === 'forward') {
    for (let i = current + 1; i < count; i++) if (starts[i]! >= target) return i;
    return count - 1;
  }
  for (let i = current - 1; i >= 0; i--) if (starts[i]! <= target) return i;
  return 0;
}

// ——— Zoom and pan keys ———

/** Zooming and panning the visible window, rather than moving between events. */
export type ZoomMove = 'zoom-in' | 'zoom-out' | 'fit' | 'pan-earlier' | 'pan-later';

/**
 * The zoom keys: `+` (or `=`, the same key unshifted) zooms in, `-` out, `0` shows everything, and
 * Shift with an arrow pans, leaving plain arrows to move between events (see `keyMove`). Arrows
 * follow the direction time runs: in a right-to-left timeline Shift+Left pans later.
 */
export function zoomKeyMove(key: string, context: Partial<KeyContext> = {}): ZoomMove | null {
  if (context.altKey || context.ctrlKey || context.metaKey) return null;
  const rtl = context.direction === 'rtl';
  switch (key) {
    case '+':
    case '=':
      return 'zoom-in';
    case '-':
    case '_':
      return 'zoom-out';
    case '0':
      return 'fit';
    case 'ArrowLeft':
      if (!context.shiftKey || context.orientation === 'vertical') return null;
      return rtl ? 'pan-later' : 'pan-earlier';
    case 'ArrowRight':
      if (!context.shiftKey || context.orientation === 'vertical') return null;
      return rtl ? 'pan-earlier' : 'pan-later';
    case 'ArrowUp':
      return context.shiftKey ? 'pan-earlier' : null;
    case 'ArrowDown':
      return context.shiftKey ? 'pan-later' : null;
    default:
      return null;
  }
}
