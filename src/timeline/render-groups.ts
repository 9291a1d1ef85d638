/** Swimlanes: each band's header row, its collapse button, and the threads between copies of one event. */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { styleMap } from './style-map';
import type { Messages } from '../i18n/messages';
import type { GroupedMark, SwimlaneLayout } from '../layout/swimlanes';

export const GROUP_HEADER_HEIGHT = 26;

/** Header bands and separators, drawn under the marks (inside the lanes group). */
export function renderGroupBands(layout: SwimlaneLayout, width: number): TemplateResult {
  return svg`<g class="bands">
    ${layout.groups.map(
      (
        g,
        i,
      ) => svg`<rect class="band-header ${i % 2 ? 'odd' : ''}" x="0" y=${g.top} width=${width} height=${GROUP_HEADER_HEIGHT}></rect>
        <line class="band-rule" x1="0" x2=${width} y1=${g.top + 0.5} y2=${g.top + 0.5}></line>`,
    )}
  </g>`;
}

/**
 * A thin dotted thread through every mark of an event drawn in several bands, so a reader sees it
 * is one event. Threads of the `highlighted` event are drawn stronger.
 */
export function renderCopyLinks(layout: SwimlaneLayout, highlighted: string | undefined): TemplateResult {
  const byEvent = new Map<string, GroupedMark[]>();
  for (const m of layout.marks) {
    if (m.copies > 1) byEvent.set(m.event.id, [...(byEvent.get(m.event.id) ?? []), m]);
  }
  return svg`<g class="copy-links">
    ${[...byEvent.entries()].map(([id, marks]) => {
      if (marks.length < 2) return nothing;
      const x = (marks[0]!.x0 + marks[0]!.x1) / 2;
      const ys = marks.map((m) => m.y);
      return svg`<line class="copy-link ${id === highlighted ? 'highlighted' : ''}" x1=${x} x2=${x} y1=${Math.min(...ys)} y2=${Math.max(...ys)}></line>`;
    })}
  </g>`;
}

/** The band names as buttons that collapse and expand their band. */
export function renderGroupHeaders(
  layout: SwimlaneLayout,
  lanesTop: number,
  /** Where the buttons line up: the plot's start edge (its right edge in RTL). */
  edge: { left: number } | { right: number },
  words: Messages,
  toggle: (key: string) => void,
  capitalise = false,
): TemplateResult {
  // A closed band's chevron points the way its line reads: towards the start edge's opposite.
  const closed = 'right' in edge ? '◂' : '▸';
  return html`<div class="group-headers ${capitalise ? 'capitalise' : ''}">
    ${layout.groups.map(
      (g) =>
        html`<button
          type="button"
          class="group-toggle"
          aria-expanded=${g.collapsed ? 'false' : 'true'}
          style=${styleMap({
            top: `${lanesTop + g.top + 2}px`,
            ...('left' in edge ? { left: `${edge.left}px` } : { right: `${edge.right}px` }),
          })}
          @click=${() => toggle(g.key)}
        >
          <span class="chevron" aria-hidden="true">${g.collapsed ? closed : '▾'}</span>
          <span class="group-name">${g.label}</span>
          <span class="group-count">${words.swimlanes.count(g.count)}</span>
        </button>`,
    )}
  </div>`;
}

/** For each event drawn in bands, the labels of the bands it is drawn in. */
export function bandsOf(layout: SwimlaneLayout): Map<string, string[]> {
  const labels = new Map(layout.groups.map((g) => [g.key, g.label]));
  const bands = new Map<string, string[]>();
  for (const m of layout.marks)
    bands.set(m.event.id, [...(bands.get(m.event.id) ?? []), labels.get(m.group) ?? m.group]);
  return bands;
}
