/**
 * Keeping the focused event in view: the window, moved as little as possible, that shows an
 * event's start. Pure, so the panning rule is tested in Node.
 */

/**
 * `window` (ms, start inclusive, end exclusive) shifted, with its length kept, so that `span`
 * starts inside it with `margin` (a share of the window) to spare. A window that already shows
 * the start comes back unchanged.
 */
export function windowShowing(
  window: readonly [number, number],
  span: { start: number; end: number },
  margin = 0.1,
): [number, number] {
  const [from, to] = window;
  const length = to - from;
  if (!(length > 0)) return [from, to];
  const room = length * margin;
  if (span.start >= from && span.start < to) return [from, to];
  if (span.start < from) return [span.start - room, span.start - room + length];
  // Later than the window: bring the whole event in where it fits, else its start.
  const end = Math.min(span.end + room, span.start + length - room);
  return [end - length, end];
}
