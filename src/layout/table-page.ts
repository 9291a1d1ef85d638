/**
 * Which rows of the events table are on the current page. A table of 100,000 rows would be
 * 500,000 DOM nodes; a page of 100 is what a reader can take in, and the rest are a button away.
 */

/** Rows per page of the events table. */
export const TABLE_PAGE_SIZE = 100;

export interface TablePage {
  /** The page shown, from 0, clamped to the pages there are. */
  page: number;
  /** How many pages there are (at least 1). */
  pages: number;
  /** First row on the page, from 0, and one past the last, in the order shown. */
  from: number;
  to: number;
  total: number;
}

/** The page `page` of `total` rows, clamped, so a page past the end (after a filter) shows the last. */
export function tablePage(total: number, page: number, size = TABLE_PAGE_SIZE): TablePage {
  const pages = Math.max(1, Math.ceil(total / size));
  const shown = Math.min(Math.max(0, Math.floor(Number.isFinite(page) ? page : 0)), pages - 1);
  const from = Math.min(total, shown * size);
  return { page: shown, pages, from, to: Math.min(total, from + size), total };
}
