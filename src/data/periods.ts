/**
 * Periods: eras and phases drawn as bands behind the events (a dataset's `periods`, TimelineJS's
 * `eras`). Read like events: never throws, keeps what it can, and says what it left out and why.
 */
import { resolveSpan } from './dates';
import type { Period, Problem } from './types';
import type { ProblemCode, ProblemOutcome, ProblemValues } from './problem-codes';
import { makeProblem } from './validate';

/** The periods of a dataset (`{ periods: [...] }`), sorted by start, and any problems with them. */
export function readPeriods(dataset: unknown): { periods: Period[]; problems: Problem[] } {
  const periods: Period[] = [];
  const problems: Problem[] = [];
  const problem = (
    field: string,
    code: ProblemCode,
    outcome: ProblemOutcome,
    values?: ProblemValues,
    severity: Problem['severity'] = 'warning',
  ) =>
    problems.push(makeProblem(-1, field, values ? { code, outcome, values } : { code, outcome }, severity));
  let list: unknown;
  try {
    list = isRecord(dataset) ? dataset.periods : undefined;
  } catch {
    problem('periods', 'unreadable', 'no-periods-drawn', undefined, 'error');
    return { periods, problems };
  }
  if (list === undefined || list === null) return { periods, problems };
  if (!Array.isArray(list)) {
    problem('periods', 'not-a-list-of-periods', 'ignored');
    return { periods, problems };
  }
  const ids = new Set<string>();
  list.forEach((item: unknown, i) => {
    const field = `periods[${i}]`;
    try {
      if (!isRecord(item)) return problem(field, 'not-a-period', 'left-out');
      const title = typeof item.title === 'string' ? item.title.trim() : '';
      if (!title) return problem(`${field}.title`, 'missing', 'period-left-out');
      const start = typeof item.start === 'string' ? item.start.trim() : item.start;
      const end = typeof item.end === 'string' && item.end.trim() !== '' ? item.end.trim() : undefined;
      const resolved = resolveSpan(start, end);
      if (!resolved.ok) {
        const at = resolved.error === 'order' ? 'end' : resolved.error;
        return problem(`${field}.${at}`, resolved.code, 'period-left-out', resolved.values);
      }
      const stated = typeof item.id === 'string' && item.id.trim() ? item.id.trim() : `period-${i}`;
      let id = stated;
      for (let n = 2; ids.has(id); n++) id = `${stated}-${n}`;
      ids.add(id);
      const period: Period = { id, title, start: String(start), span: resolved.span };
      if (end !== undefined) period.end = end;
      periods.push(period);
    } catch {
      problem(field, 'unreadable', 'left-out');
    }
  });
  periods.sort((a, b) => a.span.start - b.span.start);
  return { periods, problems };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
