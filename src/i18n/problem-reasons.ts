/** A validation problem's reason, written in a catalogue's language from its code and values. */
import type { Problem } from '../data/types';
import type { ProblemWords } from './problem-messages';

/**
 * The reason of `problem` in the words of `words`. Quoted values pass through `quote` (the notice
 * isolates them for the bidi algorithm). A problem without a code the catalogue knows (made by
 * other code) keeps its own `reason`.
 */
export function problemReason(
  words: ProblemWords,
  problem: Pick<Problem, 'code' | 'outcome' | 'values' | 'reason'>,
  quote: (text: string) => string = (text) => text,
): string {
  const write = words.problemReasons[problem.code] as
    ProblemWords['problemReasons'][Problem['code']] | undefined;
  if (typeof write !== 'function') return quote(problem.reason);
  const v = problem.values ?? {};
  const value = v.value !== undefined ? quote(v.value) : v.valueKind ? words.valueKinds[v.valueKind] : '';
  const reason = write({
    value,
    count: v.count ?? 0,
    limit: v.limit ?? 0,
    replacement: v.replacement === undefined ? '' : quote(v.replacement),
    start: v.start === undefined ? '' : quote(v.start),
    error: v.error === undefined ? '' : quote(v.error),
  });
  const outcome = problem.outcome && words.problemOutcomes[problem.outcome];
  return outcome ? words.reasonAndOutcome(reason, outcome) : reason;
}
