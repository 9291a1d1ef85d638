/** The keyboard model of the timeline, as a pure mapping from keys to moves. */

export type KeyMove = 'previous' | 'next' | 'first' | 'last' | 'select' | 'clear';

/** What a key does, or null when the timeline leaves it to the page. */
export function keyMove(key: string): KeyMove | null {
  switch (key) {
    case 'ArrowRight':
    case 'ArrowDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
      return 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Enter':
    case ' ':
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
