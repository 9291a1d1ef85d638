/**
 * The names of the formats `<event-timeline format="…">` reads, and what to ask a server for in
 * each. Apart from the readers (formats.ts) so that a page loading plain JSON never loads them.
 */

export type DatasetFormat = 'json' | 'timelinejs' | 'csv';

export const DATASET_FORMATS: readonly DatasetFormat[] = ['json', 'timelinejs', 'csv'];

/** The format a `format` attribute names; anything else (or nothing) is our own JSON. */
export function datasetFormat(value: unknown): DatasetFormat {
  const name = typeof value === 'string' ? value.trim().toLowerCase() : '';
  return DATASET_FORMATS.find((format) => format === name) ?? 'json';
}

/** What to ask the server for, per format. */
export const ACCEPT: Record<DatasetFormat, string> = {
  json: 'application/json',
  timelinejs: 'application/json',
  csv: 'text/csv, text/plain;q=0.9',
};
