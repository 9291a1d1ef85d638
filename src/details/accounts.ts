/** Whether an event's sources tell different stories, so the panel should set them side by side. */
import type { TimelineEvent } from '../data/types';

/**
 * True when at least two sources state their own, different account (say 250 fighters in one and
 * 400 in another), or when the event is disputed and has more than one source.
 */
export function sourcesDisagree(event: Pick<TimelineEvent, 'sources' | 'confidence'>): boolean {
  const sources = event.sources ?? [];
  if (sources.length < 2) return false;
  if (event.confidence === 'disputed') return true;
  const accounts = new Set(sources.map((s) => s.account?.trim()).filter((a): a is string => !!a));
  return accounts.size >= 2;
}
