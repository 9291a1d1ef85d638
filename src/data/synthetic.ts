/** Seeded synthetic events, for stories, tests and benchmarks that need many events. */
import type { Confidence, TimelineEventInput } from './types';
import { CONFIDENCES } from './types';

/** A small, fast, seeded PRNG (mulberry32), so every run draws the same events. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = ['offensive', 'capture', 'surrender', 'alliance', 'declaration'];
const WORDS = [
  'Convoy',
  'Statement',
  'Clashes',
  'Report',
  'Meeting',
  'Withdrawal',
  'Advance',
  'Ceasefire',
  'Strike',
];
const PLACES = ['Idlib', 'Hama', 'Aleppo', 'Raqqa', 'Deir ez-Zor', 'Daraa', 'Homs'];

const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * `count` events spread over [from, to] (ISO days): mostly days, some periods,
 * some approximate. Marked as synthetic in their sources, so nobody mistakes them for facts.
 */
export function syntheticEvents(
  count: number,
  seed = 1,
  from = '2017-01-01',
  to = '2018-02-13',
): TimelineEventInput[] {
  const random = seededRandom(seed);
  const start = Date.parse(from);
  const span = Date.parse(to) - start;
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const events: TimelineEventInput[] = [];
  for (let i = 0; i < count; i++) {
    const at = start + Math.floor(random() * span);
    const roll = random();
    const event: TimelineEventInput = {
      id: `synthetic-${i}`,
      title: `${pick(WORDS)} near ${pick(PLACES)} #${i + 1}`,
      start: iso(at),
      category: pick(CATEGORIES),
      confidence: pick(CONFIDENCES) as Confidence,
      sources: [
        { publisher: 'Synthetic data', quote: `Generated event ${i + 1} (seed ${seed}); not a real event.` },
      ],
    };
    if (roll > 0.85) event.end = iso(Math.min(start + span, at + Math.floor(random() * 40) * 86_400_000));
    if (roll > 0.95) event.approximate = true;
    events.push(event);
  }
  return events;
}
