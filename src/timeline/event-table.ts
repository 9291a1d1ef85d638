/**
 * The events as a data table: the same events the chart draws, one row each, sortable by
 * date. Always in the page for assistive technology; shown on screen with `view="table"`.
 */
import { html, type TemplateResult } from 'lit';
import type { TimelineEvent } from '../data/types';
import { describeDate } from '../data/describe-date';
import { UNCATEGORISED } from '../layout/categories';
import { categoryName, type Messages } from '../i18n/messages';
import { eventTitle } from '../i18n/event-title';

export type DateOrder = 'ascending' | 'descending';

/** The rows in date order: by start, then by place in the data, the order the timeline steps through. */
export function sortByDate(events: readonly TimelineEvent[], order: DateOrder): TimelineEvent[] {
  const sorted = [...events].sort((a, b) => a.span.start - b.span.start || a.index - b.index);
  return order === 'ascending' ? sorted : sorted.reverse();
}

export interface TableOptions {
  words: Messages;
  locale: string;
  order: DateOrder;
  /** On screen (table view) or for assistive technology only (chart view). */
  onScreen: boolean;
  onSort: () => void;
}

export function renderTable(events: readonly TimelineEvent[], options: TableOptions): TemplateResult {
  const { words, locale, order, onScreen, onSort } = options;
  return html`<div part="table" class="table ${onScreen ? '' : 'visually-hidden'}">
    <table>
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
        ${sortByDate(events, order).map(
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
  </div>`;
}
