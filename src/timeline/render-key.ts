/** The key: one entry per category drawn (shape, colour, count), then the mark styles in use. */
import { html, nothing, type TemplateResult } from 'lit';
import { shapePath, UNCATEGORISED, type CategoryStyle } from '../layout/categories';
import type { TimelineLayout } from '../layout/timeline-layout';
import type { Messages } from '../i18n/messages';

const swatch = (style: CategoryStyle) =>
  html`<svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
    <path class="mark c${style.order % 7}" d=${shapePath(style.shape, 6)}></path>
  </svg>`;

const markStyle = (className: string, text: string) =>
  html`<li>
    <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
      <circle class="mark ${className} c6" r="5"></circle></svg
    >${text}
  </li>`;

export function renderKey(
  layout: TimelineLayout,
  styles: ReadonlyMap<string, CategoryStyle>,
  words: Messages,
): TemplateResult {
  const counts = new Map<string, number>();
  for (const m of layout.marks) {
    const name = m.event.category ?? UNCATEGORISED;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  const confidences = new Set(layout.marks.map((m) => m.event.confidence));
  return html`<ul part="key" class="key" aria-label=${words.keyLabel}>
    ${[...styles.values()]
      .filter((s) => counts.has(s.name))
      .map(
        (s) =>
          html`<li>
            ${swatch(s)}<span class="name">${s.name}</span><span class="count">${counts.get(s.name)}</span>
          </li>`,
      )}
    ${confidences.has('claimed') ? markStyle('claimed', words.confidence.claimed) : nothing}
    ${confidences.has('disputed') ? markStyle('disputed', words.confidence.disputed) : nothing}
    ${
      layout.marks.some((m) => m.kind === 'approximate')
        ? html`<li>
            <svg width="22" height="10" aria-hidden="true">
              <rect class="mark approximate c6" width="22" height="10"></rect></svg
            >${words.markKinds.approximate}
          </li>`
        : nothing
    }
  </ul>`;
}
