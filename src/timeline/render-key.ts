/** The key: one entry per category drawn (shape, colour, count), then the mark styles in use. */
import { html, nothing, type TemplateResult } from 'lit';
import { shapePath, UNCATEGORISED, type CategoryStyle } from '../layout/categories';
import type { TimelineLayout } from '../layout/timeline-layout';
import { categoryName, type Messages } from '../i18n/messages';

const swatch = (style: CategoryStyle) =>
  html`<svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
    <path class="mark c${style.order % 7}" d=${shapePath(style.shape, 6)}></path>
  </svg>`;

/** A confidence in the key: its hollow point, and its hatched band where the data has one. */
const markStyle = (className: 'claimed' | 'disputed', text: string, withBand: boolean) =>
  html`<li>
    <svg width="14" height="14" viewBox="-7 -7 14 14" aria-hidden="true">
      <circle class="mark ${className} c6" r="5"></circle></svg
    >${
      withBand
        ? html`<svg width="22" height="10" aria-hidden="true" class="c6">
            <rect class="mark approximate ${className}" width="22" height="10"></rect>
            <rect class="hatch approximate" width="22" height="10" fill="url(#hatch-${className})"></rect>
          </svg>`
        : nothing
    }${text}
  </li>`;

/** Counts in the locale's digits (Arabic-Indic for `ar`); one formatter per locale, as the key is drawn on every zoom step. */
function numberFormat(locale: string): (n: number) => string {
  let format = formats.get(locale);
  if (!format) {
    try {
      format = new Intl.NumberFormat(locale).format;
    } catch {
      format = String;
    }
    formats.set(locale, format);
  }
  return format;
}

const formats = new Map<string, (n: number) => string>();

export function renderKey(
  layout: TimelineLayout,
  styles: ReadonlyMap<string, CategoryStyle>,
  words: Messages,
  locale = 'en',
  /** Counts per category where there are no marks to count (the density view). */
  given?: ReadonlyMap<string, number>,
): TemplateResult {
  const count = numberFormat(locale);
  const counts = new Map<string, number>(given);
  if (!given) {
    for (const m of layout.marks) {
      const name = m.event.category ?? UNCATEGORISED;
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const confidences = new Set(layout.marks.map((m) => m.event.confidence));
  return html`<ul part="key" class="key" aria-label=${words.keyLabel}>
    ${[...styles.values()]
      .filter((s) => counts.has(s.name))
      .map(
        (s) =>
          html`<li>
            ${swatch(s)}<span class="name">${categoryName(words, s.name)}</span
            ><span class="count">${count(counts.get(s.name) ?? 0)}</span>
          </li>`,
      )}
    ${(['claimed', 'disputed'] as const).map((c) =>
      confidences.has(c)
        ? markStyle(
            c,
            words.confidence[c],
            layout.marks.some((m) => m.kind === 'approximate' && m.event.confidence === c),
          )
        : nothing,
    )}
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
