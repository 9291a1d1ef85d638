/**
 * A map used as a cache of the most recently used entries: what a timeline keeps per event (fitted
 * titles, option names) stays bounded however many of 100,000 events a reader meets.
 */

/**
 * Stores `value` at `key` as the most recently used entry (a Map keeps insertion order), and
 * forgets the least recently used once there are more than `limit`.
 */
export function keepRecent<K, V>(map: Map<K, V>, key: K, value: V, limit: number): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > limit) map.delete(map.keys().next().value!);
}
