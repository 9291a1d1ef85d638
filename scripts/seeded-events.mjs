// The seeded synthetic events both benchmarks use (bench.mjs, bench-validate.mjs), the same on every
// run. Each function is self-contained: bench-validate.mjs also writes their source into a page.

/** A seeded random number generator (mulberry32): numbers in [0, 1). */
export function seeded(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `count` events between 1 January 2017 and 13 February 2018, one in seven or so a range. */
export function seededEvents(count) {
  const DAY = 86_400_000;
  const FROM = Date.UTC(2017, 0, 1);
  const SPAN = Date.UTC(2018, 1, 13) - FROM;
  const CATEGORIES = ['offensive', 'capture', 'surrender', 'alliance', 'declaration'];
  const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
  const random = seeded(42);
  return Array.from({ length: count }, (_, i) => {
    const at = FROM + Math.floor(random() * SPAN);
    const range = random() > 0.85;
    return {
      id: `e${i}`,
      title: `Event ${i + 1} near Idlib`,
      start: iso(at),
      ...(range ? { end: iso(Math.min(FROM + SPAN, at + Math.floor(random() * 40) * DAY)) } : {}),
      category: CATEGORIES[i % CATEGORIES.length],
      confidence: 'reported',
    };
  });
}
