/**
 * Whether a list of texts names anything twice. Settling the ids of 100,000 events asks this
 * once; a `Set` of 100,000 strings costs several times more than this table of numbers.
 */

/**
 * True when some text appears at two positions of `texts`; `undefined` entries are skipped.
 * Compares whole texts (a hash only says where to look).
 */
export function hasRepeats(texts: readonly (string | undefined)[]): boolean {
  const count = texts.length;
  // At most half full, so a probe rarely goes past a slot or two.
  let size = 16;
  while (size < count * 2) size *= 2;
  const mask = size - 1;
  // Position + 1 of the text in each slot; 0 is an empty slot.
  const slots = new Int32Array(size);
  for (let i = 0; i < count; i++) {
    const text = texts[i];
    if (text === undefined) continue;
    let slot = hashOf(text) & mask;
    for (;;) {
      const there = slots[slot]!;
      if (there === 0) {
        slots[slot] = i + 1;
        break;
      }
      if (texts[there - 1] === text) return true;
      slot = (slot + 1) & mask;
    }
  }
  return false;
}

/** FNV-1a over UTF-16 code units, finished so that nearby texts (`e1`, `e2`) land far apart. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  hash ^= hash >>> 16;
  hash = Math.imul(hash, 0x85ebca6b);
  return hash ^ (hash >>> 13);
}
