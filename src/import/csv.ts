/**
 * Imports a CSV export of TimelineJS's Google Sheets template: the columns Year, Month, Day, Time,
 * End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit,
 * Media Caption, Media Thumbnail, Type, Group and Background. A row of Type `title` names the
 * dataset; rows of Type `era` become periods; every other row with anything in it is an event.
 *
 * Rows go through the TimelineJS importer, so both formats read dates and HTML the same way.
 */
import type { TimelineDatasetInput } from '../data/types';
import { fromTimelineJS } from './timelinejs';

/** The template's columns, as our keys. Headers are matched ignoring case, spaces and punctuation. */
const COLUMNS = {
  year: 'Year',
  month: 'Month',
  day: 'Day',
  time: 'Time',
  endYear: 'End Year',
  endMonth: 'End Month',
  endDay: 'End Day',
  endTime: 'End Time',
  displayDate: 'Display Date',
  headline: 'Headline',
  text: 'Text',
  media: 'Media',
  mediaCredit: 'Media Credit',
  mediaCaption: 'Media Caption',
  mediaThumbnail: 'Media Thumbnail',
  type: 'Type',
  group: 'Group',
  background: 'Background',
} as const;

type Column = keyof typeof COLUMNS;
type Row = Partial<Record<Column, string>>;

/** The columns a file needs to be read as the TimelineJS template. */
export const REQUIRED_COLUMNS: readonly string[] = [COLUMNS.year, COLUMNS.headline];

/**
 * Splits CSV text into rows of cells (RFC 4180: quoted cells may hold the separator, line breaks
 * and doubled quotes). The separator is a comma, or a semicolon or tab when the first line uses
 * more of those (spreadsheets in many locales save with semicolons).
 */
export function parseCSV(text: string): string[][] {
  if (typeof text !== 'string') return [];
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const separator = guessSeparator(input);
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (quoted) {
      if (c === '"') {
        if (input[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else cell += c;
    } else if (c === '"' && cell === '') quoted = true;
    else if (c === separator) {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && input[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

function guessSeparator(text: string): string {
  const end = text.search(/[\r\n]/);
  const first = (end === -1 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  let best = ',';
  let most = first.split(',').length;
  for (const candidate of [';', '\t']) {
    const count = first.split(candidate).length;
    if (count > most) [best, most] = [candidate, count];
  }
  return best;
}

const normalise = (header: string) => header.toLowerCase().replace(/[^a-z]/g, '');
const HEADER_KEYS = new Map<string, Column>(
  (Object.entries(COLUMNS) as [Column, string][]).map(([key, header]) => [normalise(header), key]),
);

/** The template columns a header row is missing, by their names in the template. */
export function missingColumns(text: string): string[] {
  const header = (parseCSV(text)[0] ?? []).map((h) => HEADER_KEYS.get(normalise(h)));
  return REQUIRED_COLUMNS.filter((name) => !header.includes(HEADER_KEYS.get(normalise(name))));
}

/** True when the text's first row has the template's Year and Headline columns. */
export function isTimelineCSV(text: unknown): boolean {
  return typeof text === 'string' && missingColumns(text).length === 0;
}

/** The template's rows, keyed by column, with blank rows left out. Unknown columns are ignored. */
export function readTemplateRows(text: string): Row[] {
  const [header = [], ...body] = parseCSV(text);
  const keys = header.map((h) => HEADER_KEYS.get(normalise(h)));
  const rows: Row[] = [];
  for (const cells of body) {
    if (cells.every((cell) => cell.trim() === '')) continue;
    const row: Row = {};
    cells.forEach((cell, i) => {
      const key = keys[i];
      if (key && cell.trim() !== '') row[key] = cell.trim();
    });
    rows.push(row);
  }
  return rows;
}

/** A dataset from the CSV of TimelineJS's spreadsheet template. Never throws. */
export function fromCSV(text: unknown): TimelineDatasetInput {
  if (typeof text !== 'string') return { events: [] };
  const events: unknown[] = [];
  const eras: unknown[] = [];
  let title: unknown;
  for (const row of readTemplateRows(text)) {
    const slide = slideFromRow(row);
    const type = (row.type ?? '').toLowerCase();
    if (type === 'title' && title === undefined) title = slide;
    else if (type === 'era') eras.push(slide);
    else events.push(slide);
  }
  return fromTimelineJS({ title, events, eras });
}

/** One row as a TimelineJS slide, so the JSON importer does the rest. */
function slideFromRow(row: Row): Record<string, unknown> {
  const slide: Record<string, unknown> = {
    start_date: { year: row.year, month: row.month, day: row.day },
    text: { headline: row.headline, text: row.text },
  };
  if (row.endYear) slide.end_date = { year: row.endYear, month: row.endMonth, day: row.endDay };
  if (row.displayDate) slide.display_date = row.displayDate;
  if (row.media || row.mediaCaption || row.mediaCredit) {
    slide.media = { url: row.media, caption: row.mediaCaption, credit: row.mediaCredit };
  }
  if (row.group) slide.group = row.group;
  return slide;
}
