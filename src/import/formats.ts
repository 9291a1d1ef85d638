/**
 * The formats `<event-timeline format="…">` reads from `src`: our own JSON, TimelineJS JSON, or
 * the CSV of TimelineJS's spreadsheet template.
 */
import { fromCSV, missingColumns } from './csv';
import { fromTimelineJS, isTimelineJS } from './timelinejs';

import type { DatasetFormat } from './format-names';

export { ACCEPT, DATASET_FORMATS, datasetFormat, type DatasetFormat } from './format-names';

/** Why a file could not be read in its format, in words for the reader. */
export class DatasetFormatError extends Error {
  override name = 'DatasetFormatError';
  constructor(
    message: string,
    /** `json`: the text does not parse; `format`: it parses, but is not in the format named. */
    readonly kind: 'json' | 'format',
  ) {
    super(message);
  }
}

/**
 * A file's text as a dataset for validation. Throws a DatasetFormatError when the text is not in
 * the format at all (not JSON; JSON without TimelineJS's `events`; CSV without the template's
 * columns); problems with single events are left to validation.
 */
export function datasetFromText(text: string, format: DatasetFormat): unknown {
  if (format === 'csv') {
    const missing = missingColumns(text);
    if (missing.length > 0) {
      throw new DatasetFormatError(
        `the file is not a TimelineJS spreadsheet: it has no ${missing.join(' or ')} column`,
        'format',
      );
    }
    return fromCSV(text);
  }
  let json: unknown;
  try {
    json = JSON.parse(text) as unknown;
  } catch {
    throw new DatasetFormatError('the file is not valid JSON', 'json');
  }
  if (format === 'json') return json;
  if (!isTimelineJS(json))
    throw new DatasetFormatError('the file is not TimelineJS JSON: it has no "events" list', 'format');
  return fromTimelineJS(json);
}
