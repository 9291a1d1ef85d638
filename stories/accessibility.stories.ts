import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/event-timeline';
import type { EventTimeline } from '../src/event-timeline';
import { idlib2018Input } from '../src/data/idlib-2018';
import type { MessageOverrides } from '../src/i18n/messages';
import { arabicCategories } from './arabic-words';

interface Args {
  heading?: string;
  locale?: string;
  dir?: string;
  lang?: string;
  view?: 'chart' | 'table';
  width?: string;
  messages?: MessageOverrides;
}

/** The shadow root of the story's first timeline, once it has drawn. */
async function drawn(canvasElement: HTMLElement): Promise<ShadowRoot> {
  const timeline = canvasElement.querySelector<EventTimeline>('event-timeline')!;
  await waitFor(() => expect(timeline.shadowRoot?.querySelector('[role="option"], table')).toBeTruthy(), {
    timeout: 4000,
  });
  return timeline.shadowRoot!;
}

const timeline = (args: Args): TemplateResult =>
  html`<event-timeline
    heading=${ifDefined(args.heading)}
    locale=${ifDefined(args.locale)}
    dir=${ifDefined(args.dir)}
    view=${ifDefined(args.view)}
    .messages=${args.messages}
    .events=${idlib2018Input}
  ></event-timeline>`;

const meta: Meta<Args> = {
  title: 'Accessibility/event-timeline',
  component: 'event-timeline',
  args: { heading: 'The end of IS in eastern Idlib, 2017 – 13 February 2018' },
  render: (args) =>
    html`<div class="story" lang=${ifDefined(args.lang)} style="max-width: ${args.width ?? '100%'}">
      ${timeline(args)}
    </div>`,
};
export default meta;
type Story = StoryObj<Args>;

/**
 * The whole keyboard model. Tab reaches the timeline once (a roving tabindex), then:
 *
 * | key | what it does |
 * | --- | --- |
 * | ← → (↑ ↓ too; ↑ ↓ only when vertical) | previous / next event in time; in a right-to-left timeline → goes back in time and ← forward |
 * | Home / End | first / last event |
 * | Page Up / Page Down | back / forward a month, or a step that suits the zoom (a week, a day, a year) |
 * | Enter / Space | select the event (`timeline-select`) |
 * | Esc | clear the selection |
 * | + / - / 0 | zoom in / zoom out / fit every event (the zoom module) |
 * | Shift + arrows | pan the view (the zoom module) |
 * | ? | open the keyboard help dialog |
 *
 * An event outside the visible window is panned into view when the focus reaches it, and the
 * focus ring is at least 3:1 against the background. The play function walks through the keys.
 */
export const KeyboardModel: Story = {
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement);
    const options = [...root.querySelectorAll<HTMLElement>('[role="option"]')];
    const focused = () => (root.activeElement as HTMLElement | null)?.dataset.id;
    options[0]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await waitFor(() => expect(focused()).toBe(options[1]!.dataset.id));
    await userEvent.keyboard('{End}');
    await waitFor(() => expect(focused()).toBe(options.at(-1)!.dataset.id));
    await userEvent.keyboard('{Home}');
    await waitFor(() => expect(focused()).toBe(options[0]!.dataset.id));
    await userEvent.keyboard('{PageDown}');
    await waitFor(() => expect(focused()).not.toBe(options[0]!.dataset.id));
    await userEvent.keyboard('?');
    // The help dialog is a part of its own: it may still be arriving when `?` is pressed.
    await waitFor(() => expect(root.querySelector('dialog')?.open).toBe(true));
    const dialog = root.querySelector('dialog')!;
    await expect(dialog.textContent).toMatch(/Page Up/);
    // A synthetic Escape does not reach the dialog's native cancel (a real one does: see
    // tests/browser/keyboard.test.ts), so the story closes it with its button.
    await userEvent.click(dialog.querySelector('button')!);
    await waitFor(() => expect(dialog.open).toBe(false));
  },
};

/** The keyboard help dialog, open: every key, in the reader's language. */
export const HelpDialog: Story = {
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement);
    root.querySelector<HTMLElement>('[role="option"]')!.focus();
    await userEvent.keyboard('?');
    await waitFor(() => expect(root.querySelector('dialog')!.open).toBe(true));
  },
};

/**
 * `view="table"`: the same events as a data table, sortable by date. In chart view the table is
 * still there, visually hidden, for screen readers; the Table button switches between them.
 */
export const TableView: Story = {
  args: { view: 'table' },
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement);
    const rows = () => [...root.querySelectorAll('tbody tr')].map((r) => r.getAttribute('data-id'));
    const first = rows();
    await expect(first).toHaveLength(idlib2018Input.events.length);
    await userEvent.click(root.querySelector<HTMLElement>('th button')!);
    await waitFor(() => expect(rows()).toEqual([...first].reverse()));
  },
};

/**
 * The Arabic story: `locale="ar"`, so the timeline runs right to left, with Arabic month names
 * and Arabic-Indic digits from `Intl` (plain `ar` is given the `arab` numbering system), the
 * component's own words from its Arabic catalogue, and the page's names for the categories
 * through `messages`. Events with a faithful `title_ar` show it; the others keep their English
 * title, laid out left to right inside the right-to-left timeline.
 */
export const Arabic: Story = {
  args: {
    locale: 'ar',
    lang: 'ar',
    heading: 'كيف خسر تنظيم الدولة آخر جيوبه في ريف إدلب الشرقي',
    messages: { categoryNames: arabicCategories },
  },
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement);
    await expect(root.querySelector('.base')?.getAttribute('dir')).toBe('rtl');
    const axis = root.querySelector('.axis')?.textContent ?? '';
    await expect(axis).toMatch(/[٠-٩]/);
    await expect(axis).not.toMatch(/[0-9]/);
  },
};

/** `dir="rtl"` on the page, English words: the timeline mirrors all the same. */
export const RightToLeftByDir: Story = {
  args: { locale: 'en-GB' },
  render: (args) => html`<div dir="rtl">${timeline(args)}</div>`,
};

/**
 * Forced colours (Windows High Contrast). Emulate it in Chrome's DevTools (Rendering → Emulate
 * CSS media feature forced-colors: active): the timeline then draws only in system colours, every
 * mark keeps a CanvasText fill or outline, and categories differ by shape alone.
 */
export const ForcedColours: Story = {};

const cvdFilters: [string, string, string][] = [
  // Machado, Oliveira & Fernandes (2009), severity 1, applied in linear RGB.
  [
    'protanopia',
    'Protanopia (no red cones)',
    '0.152 1.053 -0.205 0 0 0.115 0.786 0.099 0 0 -0.004 -0.048 1.052 0 0',
  ],
  [
    'deuteranopia',
    'Deuteranopia (no green cones)',
    '0.367 0.861 -0.228 0 0 0.280 0.673 0.047 0 0 -0.012 0.043 0.969 0 0',
  ],
  [
    'tritanopia',
    'Tritanopia (no blue cones)',
    '1.256 -0.077 -0.179 0 0 -0.078 0.931 0.148 0 0 0.005 0.691 0.304 0 0',
  ],
  [
    'achromatopsia',
    'Achromatopsia (no colour)',
    '0.213 0.715 0.072 0 0 0.213 0.715 0.072 0 0 0.213 0.715 0.072 0 0',
  ],
];

/**
 * The timeline as readers with colour-vision deficiencies see it (simulated with SVG filters).
 * Colours that merge stay apart by shape: every category has its own point shape, and bars and
 * bands carry that shape where they start.
 */
export const ColourVisionDeficiency: Story = {
  args: { heading: undefined },
  render: (args) => html`
    <svg width="0" height="0" aria-hidden="true" style="position: absolute">
      ${cvdFilters.map(
        ([id, , matrix]) =>
          html`<filter id=${id}
            ><feColorMatrix type="matrix" values="${matrix} 0 0 0 1 0"></feColorMatrix
          ></filter>`,
      )}
    </svg>
    ${cvdFilters.map(
      ([id, name]) =>
        html`<div style="filter: url(#${id}); margin-bottom: 1.5rem">
          ${timeline({ ...args, heading: name })}
        </div>`,
    )}
  `,
  play: async ({ canvasElement }) => {
    await drawn(canvasElement);
    // In every copy, point marks of different categories have different shapes.
    for (const t of canvasElement.querySelectorAll<EventTimeline>('event-timeline')) {
      await waitFor(() => expect(t.shadowRoot?.querySelector('g.event')).toBeTruthy());
      const shapeOf = new Map<string, Set<string>>();
      for (const g of t.shadowRoot!.querySelectorAll('g.event')) {
        const path = g.querySelector('path.mark');
        const slot = [...g.classList].find((c) => /^c\d$/.test(c))!;
        if (path) shapeOf.set(slot, (shapeOf.get(slot) ?? new Set()).add(path.getAttribute('d')!));
      }
      const shapes = [...shapeOf.values()].map((s) => [...s][0]);
      await expect(new Set(shapes).size).toBe(shapes.length);
    }
  },
};

/** At 320 CSS px (a phone, or a 1280 px window at 400% zoom): nothing overflows sideways. */
export const Narrow320: Story = {
  args: { width: '320px' },
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement);
    const base = root.querySelector<HTMLElement>('.base')!;
    await expect(base.scrollWidth).toBeLessThanOrEqual(320);
  },
};

/**
 * A page's own words: `messages` rewords any of the component's strings, here in French with
 * `locale="fr"` (dates from `Intl`, words from the page).
 */
export const PageMessages: Story = {
  args: {
    locale: 'fr',
    lang: 'fr',
    heading: 'La fin de l’État islamique dans l’est d’Idlib',
    messages: {
      eventsLabel: 'Événements',
      keyLabel: 'Légende',
      tableView: 'Tableau',
      keyboardHelp: 'Raccourcis clavier',
      close: 'Fermer',
      confidence: {
        confirmed: 'confirmé',
        reported: 'rapporté',
        claimed: 'revendiqué',
        disputed: 'contesté',
      },
      early: (p: string) => `début ${p}`,
      mid: (p: string) => `mi-${p}`,
      late: (p: string) => `fin ${p}`,
      around: (p: string) => `vers ${p}`,
      positionInCategory: (n: number, total: number, category: string) =>
        `${n} sur ${total} dans ${category}`,
      markKinds: { point: 'un jour', range: 'une période', approximate: 'une date approximative' },
    },
  },
  play: async ({ canvasElement }) => {
    const root = await drawn(canvasElement);
    await expect(root.querySelector('.toolbar')?.textContent).toMatch(/Tableau/);
    await expect(root.querySelector('[role="option"]')?.getAttribute('aria-label')).toMatch(/ sur \d+ dans /);
  },
};
