/**
 * The events as a data table: the same events the chart draws, one row each, sortable by
 * date. Always in the page for assistive technology; shown on screen with `view="table"`.
 * Large data is paged (see table-page.ts): the DOM holds one page, the text says which.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../data/types';
import { describeDate } from '../data/describe-date';
import { UNCATEGORISED } from '../layout/categories';
import { categoryName, type Messages } from '../i18n/messages';
import { eventTitle } from '../i18n/event-title';
import { tablePage } from '../layout/table-page';

export type DateOrder = 'ascending' | 'descending';

/** The rows in date order: by start, then by place in the data, the order the timeline steps through. */
export function sortByDate(events: readonly TimelineEvent[], order: DateOrder): TimelineEvent[] {
  const sorted = [...events].sort((a, b) => a.span.start - b.span.start || a.index - b.index);
  return order === 'ascending' ? sorted : sorted.reverse();
}

/**
 * The rows, in ascending date order, without making them all: the density view has 100,000
 * events in view as positions in its index, and only one page of them becomes rows.
 */
export interface TableRows {
  count: number;
  at(row: number): TimelineEvent;
}

/** Rows from a list of events (sorted here, by date). */
export function rowsOf(events: readonly TimelineEvent[]): TableRows {
  const sorted = sortByDate(events, 'ascending');
  return { count: sorted.length, at: (row) => sorted[row]! };
}

export interface TableOptions {
  words: Messages;
  locale: string;
  order: DateOrder;
  /** On screen (table view) or for assistive technology only (chart view). */
  onScreen: boolean;
  onSort: () => void;
  /** The page to show, from 0 (clamped to the pages there are). */
  page: number;
  /** Called with the page to go to. */
  onPage: (page: number) => void;
}

export function renderTable(rows: TableRows, options: TableOptions): TemplateResult {
  const { words, locale, order, onScreen, onSort, onPage } = options;
  const page = tablePage(rows.count, options.page);
  const shown: TimelineEvent[] = [];
  for (let i = page.from; i < page.to; i++)
    shown.push(rows.at(order === 'ascending' ? i : rows.count - 1 - i));
  const paged = page.pages > 1;
  return html`<div part="table" class="table ${onScreen ? '' : 'visually-hidden'}">
    <table aria-describedby=${paged ? 'table-rows' : nothing}>
      <caption>
        ${words.tableCaption}
      </caption>
      <thead>
        <tr>
          <th scope="col" aria-sort=${order}>
            <button type="button" class="sort" tabindex=${onScreen ? 0 : -1} @click=${onSort}>
              ${words.tableDate}<span aria-hidden="true">${order === 'ascending' ? ' ▲' : ' ▼'}</span>
            </button>
          </th>
          <th scope="col">${words.tableEvent}</th>
          <th scope="col">${words.tableCategory}</th>
          <th scope="col">${words.tableConfidence}</th>
        </tr>
      </thead>
      <tbody>
        ${shown.map(
          (e) =>
            html`<tr data-id=${e.id}>
              <td>${describeDate(e, locale, words)}</td>
              <th scope="row" dir="auto">${eventTitle(e, locale)}</th>
              <td>${categoryName(words, e.category ?? UNCATEGORISED)}</td>
              <td>${e.confidence ? words.confidence[e.confidence] : words.notStated}</td>
            </tr>`,
        )}
      </tbody>
    </table>
    ${paged ? renderPager(page, words, onScreen, onPage) : nothing}
  </div>`;
}

/** "Rows 101–200 of 100,000", between buttons for the previous and next page. */
function renderPager(
  page: ReturnType<typeof tablePage>,
  words: Messages,
  onScreen: boolean,
  onPage: (page: number) => void,
): TemplateResult {
  const status = words.tableRows(page.from + 1, page.to, page.total);
  return html`<div class="pager" role="group" aria-label=${words.tablePages}>
    <button
      type="button"
      tabindex=${onScreen ? 0 : -1}
      ?disabled=${page.page === 0}
      @click=${() => onPage(page.page - 1)}
    >
      ${words.tablePrevious}
    </button>
    <span class="rows" id="table-rows">${status}</span>
    <button
      type="button"
      tabindex=${onScreen ? 0 : -1}
      ?disabled=${page.page >= page.pages - 1}
      @click=${() => onPage(page.page + 1)}
    >
      ${words.tableNext}
    </button>
  </div>`;
}
