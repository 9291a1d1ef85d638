/**
 * The notice that lists what is wrong with the data, so whoever maintains the dataset can fix
 * it: the place (event index and id), the field and the reason of each problem.
 *
 * Each reason is written in the element's language from the problem's code. Dataset text in a
 * line (ids, field names, the values a reason quotes) is wrapped in Unicode
 * isolates (FSI … PDI), so a right-to-left override in a value cannot reverse the words around
 * it, whatever language the line is written in.
 */
import { html, nothing, type TemplateResult } from 'lit';

import type { Problem } from '../data/types';
import type { Messages } from '../i18n/messages';
import { problemReason } from '../i18n/problem-reasons';

/**
 * Most problems listed. A feed with 10,000 broken events must not add 10,000 list items to the
 * page; all of them are still in the `problems` property and the `timeline-problems` event.
 */
export const LISTED_PROBLEMS = 100;

/** Text from the dataset, isolated from the words around it for the bidi algorithm. */
const isolate = (text: string) => `\u2068${text}\u2069`;

/** How many distinct events the problems left out. */
export function countLeftOut(problems: readonly Problem[]): number {
  const indexes = new Set<number>();
  for (const p of problems) if (p.severity === 'error' && p.index >= 0) indexes.add(p.index);
  return indexes.size;
}

export function renderProblemsNotice(
  problems: readonly Problem[],
  words: Messages,
  onDismiss: () => void,
): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  const listed = problems.slice(0, LISTED_PROBLEMS);
  const more = problems.length - listed.length;
  const leftOut = words.eventsLeftOut(countLeftOut(problems));
  return html`<div part="notice" class="notice problems">
    <details>
      <summary>${words.problemsFound(problems.length)}${leftOut ? ` ${leftOut}` : ''}</summary>
      <ul tabindex="0">
        ${listed.map(
          (p) =>
            html`<li class=${p.severity}>
              ${words.problemAt(
                p.index,
                p.id === undefined ? undefined : isolate(p.id),
                isolate(p.field),
                // Written in the element's language from the code; the data's own values stay isolated.
                problemReason(words, p, isolate),
              )}${
                p.severity === 'error' && p.index >= 0
                  ? html` <span class="severity">(${words.leftOut})</span>`
                  : nothing
              }
            </li>`,
        )}
      </ul>
      ${more > 0 ? html`<p class="more">${words.moreProblems(more)}</p>` : nothing}
    </details>
    <button type="button" @click=${onDismiss}>${words.dismiss}</button>
  </div>`;
}

/** Taken by the timeline's shadow root when this part arrives (part-styles.ts). */
export { problemsNoticeStyles as styles } from './problems-notice.styles';
