/**
 * Whether a dataset says anything about periods, so the periods reader (periods.ts, fetched on
 * demand) is worth fetching: a list to draw, or something it must report as a problem.
 */
export function hasPeriods(dataset: unknown): boolean {
  try {
    return (
      typeof dataset === 'object' && dataset !== null && (dataset as { periods?: unknown }).periods != null
    );
  } catch {
    // A getter that throws: the reader reports it.
    return true;
  }
}
