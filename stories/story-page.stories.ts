import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { EventTimeline, TimelineDetails, TimelineLegend, TimelineOverview } from '../src/index';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/index';
import { idlib2018Input } from '../src/data/idlib-2018';
import type { MessageOverrides } from '../src/i18n/messages';
import { arabicCategories } from './arabic-words';

/** Saves a file made in the page: the reader's own copy of the timeline as drawn. */
function download(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const storyTimeline = (from: EventTarget | null) =>
  (from as HTMLElement).closest('.story-page')!.querySelector<EventTimeline>('event-timeline')!;

/**
 * The components as a newsroom would publish them: an article page with the timeline, its
 * overview strip, legend filters and details panel, all linked to one timeline by `for="idlib"`.
 */
/** The page's own words: the article around the components. */
interface PageText {
  lang: string;
  dir: 'ltr' | 'rtl';
  kicker: string;
  title: string;
  standfirst: string;
  byline: string;
  prose: string;
  timelineHeading: string;
  heading: string;
  marker: string;
  note: string;
  /** The export buttons' label and names. */
  save: string;
  svg: string;
  png: string;
  /** The page's own names for the data's categories, and any other words. */
  messages?: MessageOverrides;
}

const ENGLISH: PageText = {
  lang: 'en-GB',
  dir: 'ltr',
  kicker: 'Syria',
  title: 'How the Islamic State lost its last pocket of eastern Idlib',
  standfirst:
    'On 13 February 2018, opposition spokesmen told Syria Direct that hundreds of Islamic State fighters in rural eastern Idlib had surrendered to rebel forces. The timeline sets that morning against the year of campaigns that led to it.',
  byline: '35 dated events, January 2017 to 13 February 2018, each with its sources.',
  prose:
    'Select an event to read what each source says. Where they disagree (on how many fighters surrendered, and where), their accounts sit side by side. Zoom with the buttons, the mouse wheel or a pinch, and drag the strip under the timeline to move through the year.',
  timelineHeading: 'The timeline',
  heading: 'The end of IS in eastern Idlib, 2017 – 13 February 2018',
  marker: 'Article published',
  save: 'Save the timeline as drawn:',
  svg: 'SVG image',
  png: 'PNG image',
  note: 'Sources: Syria Direct, “IS forces surrender last pocket of control in eastern Idlib to rebels, opposition spokesmen say”, 13 February 2018, quoted word for word; for the events it refers to, a checked fact sheet that summarises the named reports. Dates are as precise as the sources allow.',
};

/**
 * The same page in Arabic. The page's own words are translated plainly and literally; the
 * components take Arabic from the page's `lang` and mirror from its `dir`. Event titles are the
 * dataset's `title_ar` where it has one, else the English title.
 */
const ARABIC: PageText = {
  lang: 'ar',
  dir: 'rtl',
  kicker: 'سوريا',
  title: 'كيف خسر تنظيم الدولة الإسلامية آخر جيب له في شرق إدلب',
  standfirst:
    'في ١٣ فبراير ٢٠١٨ قال متحدثون باسم المعارضة لموقع Syria Direct إن مئات من مقاتلي تنظيم الدولة الإسلامية في ريف إدلب الشرقي استسلموا لفصائل المعارضة. ويضع الخط الزمني ذلك الصباح في سياق عام من الحملات التي سبقته.',
  byline: '٣٥ حدثًا مؤرخًا، من يناير ٢٠١٧ إلى ١٣ فبراير ٢٠١٨، لكل منها مصادره.',
  prose: 'اختر حدثًا لتقرأ ما يقوله كل مصدر. وحيث تختلف المصادر، تُعرض رواياتها جنبًا إلى جنب.',
  timelineHeading: 'الخط الزمني',
  heading: 'نهاية تنظيم الدولة الإسلامية في شرق إدلب، ٢٠١٧ – ١٣ فبراير ٢٠١٨',
  marker: 'نشر المقال',
  save: 'احفظ الخط الزمني كما هو مرسوم:',
  svg: 'صورة SVG',
  png: 'صورة PNG',
  messages: { categoryNames: arabicCategories },
  note: 'المصادر: Syria Direct، ١٣ فبراير ٢٠١٨، مقتبسة حرفيًا. التواريخ بالدقة التي تسمح بها المصادر.',
};

/** The page: its styles, the article and the linked components. */
const renderPage = (text: PageText) => html`
  <style>
    .story-page {
      --page-text: #1d1d1f;
      box-sizing: border-box;
      max-width: 72rem;
      margin: 0 auto;
      padding: 1.5rem 1rem 3rem;
      font-family: Georgia, 'Noto Serif', 'Times New Roman', serif;
      color: var(--page-text);
      line-height: 1.55;
    }
    .story-page header,
    .story-page .prose {
      max-width: 42rem;
    }
    .story-page .kicker {
      font:
        700 0.8125rem/1.2 system-ui,
        sans-serif;
      text-transform: uppercase;
      letter-spacing: 0.06em;
      color: #a6192e;
      margin: 0 0 0.5rem;
    }
    .story-page h1 {
      font-size: clamp(1.75rem, 4vw, 2.5rem);
      line-height: 1.15;
      margin: 0 0 0.75rem;
    }
    .story-page .standfirst {
      font-size: 1.1875rem;
      margin: 0 0 0.75rem;
    }
    .story-page .byline {
      font:
        0.875rem/1.4 system-ui,
        sans-serif;
      color: #57575c;
      margin: 0 0 1.5rem;
    }
    .story-page h2 {
      font:
        700 1.25rem/1.3 system-ui,
        sans-serif;
      margin: 2rem 0 0.75rem;
    }
    .story-page .explorer {
      display: grid;
      gap: 1rem 2rem;
      grid-template-columns: minmax(0, 1fr);
      grid-template-areas: 'legend' 'timeline' 'overview' 'details';
    }
    .story-page event-timeline {
      grid-area: timeline;
    }
    .story-page timeline-overview {
      grid-area: overview;
    }
    .story-page timeline-legend {
      grid-area: legend;
    }
    .story-page timeline-details {
      grid-area: details;
    }
    @media (min-width: 60rem) {
      .story-page .explorer {
        grid-template-columns: 17rem minmax(0, 1fr);
        grid-template-areas: 'timeline timeline' 'overview overview' 'legend details';
      }
    }
    .story-page .save {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      margin: 1rem 0 0;
      font:
        0.875rem/1.4 system-ui,
        sans-serif;
    }
    .story-page .save button {
      font: inherit;
      padding: 0.25rem 0.75rem;
    }
    .story-page .note {
      font:
        0.8125rem/1.45 system-ui,
        sans-serif;
      color: #57575c;
      max-width: 42rem;
      margin-top: 2rem;
    }
  </style>
  <article class="story-page" lang=${text.lang} dir=${text.dir}>
    <header>
      <p class="kicker">${text.kicker}</p>
      <h1>${text.title}</h1>
      <p class="standfirst">${text.standfirst}</p>
      <p class="byline">${text.byline}</p>
    </header>
    <div class="prose">
      <p>${text.prose}</p>
    </div>
    <h2 id="timeline-heading">${text.timelineHeading}</h2>
    <div class="explorer">
      <event-timeline
        id="idlib"
        heading=${text.heading}
        zoom-controls
        hash-sync
        orientation="auto"
        max-zoom="2y"
        .events=${idlib2018Input}
        .messages=${text.messages}
      >
        <timeline-marker date="2018-02-13" label=${text.marker}></timeline-marker>
      </event-timeline>
      <timeline-overview for="idlib"></timeline-overview>
      <timeline-legend for="idlib"></timeline-legend>
      <timeline-details for="idlib" heading-level="3"></timeline-details>
    </div>
    <p class="save" role="group" aria-labelledby="save-label">
      <span id="save-label">${text.save}</span>
      <button
        type="button"
        @click=${(e: Event) =>
          download(
            new Blob([storyTimeline(e.target).toSVG()], { type: 'image/svg+xml' }),
            'eastern-idlib-timeline.svg',
          )}
      >
        ${text.svg}
      </button>
      <button
        type="button"
        @click=${async (e: Event) =>
          download(await storyTimeline(e.target).toPNG(), 'eastern-idlib-timeline.png')}
      >
        ${text.png}
      </button>
    </p>
    <p class="note">${text.note}</p>
  </article>
`;

const meta: Meta = {
  title: 'Pages/Story page',
  parameters: { layout: 'fullscreen' },
  render: () => renderPage(ENGLISH),
};
export default meta;
type Story = StoryObj;

const shadow = <T extends HTMLElement>(canvas: HTMLElement, tag: string) => canvas.querySelector<T>(tag)!;

/**
 * The page. Its play function reads it the way a reader would: zooms in with the button, moves the
 * overview's brush with the keyboard, filters out a category in the legend, opens an event in
 * the details panel, and checks what the export buttons save.
 */
export const StoryPage: Story = {
  play: async ({ canvasElement, step }) => {
    const timeline = shadow<EventTimeline>(canvasElement, 'event-timeline');
    await waitFor(() => expect(timeline.shadowRoot?.querySelector('[role="option"]')).toBeTruthy(), {
      timeout: 4000,
    });
    const root = timeline.shadowRoot!;
    const length = () => timeline.visibleWindow!.end.getTime() - timeline.visibleWindow!.start.getTime();

    await step('zoom in with the on-screen button', async () => {
      const before = length();
      await userEvent.click(root.querySelector<HTMLButtonElement>('button[aria-label="Zoom in"]')!);
      await waitFor(() => expect(length()).toBeLessThan(before * 0.6));
      await waitFor(() => expect(timeline.getAttribute('start')).toBeTruthy());
    });

    await step('move the brush later with the keyboard', async () => {
      const overview = shadow<TimelineOverview>(canvasElement, 'timeline-overview');
      await waitFor(() => expect(overview.shadowRoot?.querySelector('[role="slider"]')).toBeTruthy());
      const before = timeline.visibleWindow!.start.getTime();
      overview.shadowRoot!.querySelector<HTMLElement>('[role="slider"]')!.focus();
      await userEvent.keyboard('{End}');
      // The brush animates to the end of the story: wait until it is there.
      const end = timeline.fullWindow!.end.getTime();
      await waitFor(() => expect(Math.abs(timeline.visibleWindow!.end.getTime() - end)).toBeLessThan(60_000));
      await expect(timeline.visibleWindow!.start.getTime()).toBeGreaterThan(before);
    });

    await step('hide the "territory" category in the legend', async () => {
      const legend = shadow<TimelineLegend>(canvasElement, 'timeline-legend');
      await waitFor(() => expect(legend.shadowRoot?.querySelector('button.toggle')).toBeTruthy());
      const territory = [...legend.shadowRoot!.querySelectorAll<HTMLButtonElement>('button.toggle')].find(
        (b) => b.querySelector('.name')?.textContent === 'territory',
      )!;
      await userEvent.click(territory);
      await waitFor(() =>
        expect(legend.shadowRoot!.querySelector('.status')?.textContent).toMatch(/Showing 31 of 35/),
      );
    });

    // The brush step now waits until the window reaches the end, so the surrender is in view here.
    await step('open the surrender in the details panel', async () => {
      const option = root.querySelector<HTMLElement>('[role="option"][data-id="is-surrender-eastern-idlib"]');
      await expect(option).toBeTruthy();
      await userEvent.click(option!);
      const details = shadow<TimelineDetails>(canvasElement, 'timeline-details');
      await waitFor(() =>
        expect(details.shadowRoot?.querySelector('.title')?.textContent).toBe(
          'IS fighters in rural eastern Idlib surrender to rebels',
        ),
      );
      await expect(details.shadowRoot!.querySelector('.date')?.textContent).toBe('13 February 2018');
      await expect(
        details.shadowRoot!.querySelectorAll('.sources.side-by-side .account').length,
      ).toBeGreaterThan(1);
    });

    await step('the export buttons save what is drawn, as a standalone SVG', async () => {
      const group = canvasElement.querySelector('.save')!;
      await expect([...group.querySelectorAll('button')].map((b) => b.textContent?.trim())).toEqual([
        'SVG image',
        'PNG image',
      ]);
      const file = new DOMParser().parseFromString(timeline.toSVG(), 'image/svg+xml');
      await expect(file.querySelector('parsererror')).toBeNull();
      await expect(file.querySelector('title')?.textContent).toBe(
        'The end of IS in eastern Idlib, 2017 – 13 February 2018',
      );
    });
  },
};

/**
 * The page in Arabic, right to left: the timeline runs from the right, the overview's brush with
 * it, and the legend, details and swimlane labels read right to left.
 */
export const StoryPageArabic: Story = {
  name: 'Story page, Arabic',
  render: () => renderPage(ARABIC),
  play: async ({ canvasElement }) => {
    const timeline = shadow<EventTimeline>(canvasElement, 'event-timeline');
    await waitFor(() => expect(timeline.shadowRoot?.querySelector('[role="option"]')).toBeTruthy(), {
      timeout: 4000,
    });
    await expect(timeline.effectiveDirection).toBe('rtl');
    const legend = shadow<TimelineLegend>(canvasElement, 'timeline-legend');
    await waitFor(() => expect(legend.shadowRoot?.querySelector('.base')?.getAttribute('dir')).toBe('rtl'));
    await expect(legend.shadowRoot!.querySelector('.base')!.getAttribute('aria-label')).toBe('تصفية الأحداث');
    timeline.selectEvent('is-surrender-eastern-idlib');
    const details = shadow<TimelineDetails>(canvasElement, 'timeline-details');
    await waitFor(() => expect(details.shadowRoot?.querySelector('.title')).toBeTruthy());
    await expect(details.shadowRoot!.querySelector('.base')!.getAttribute('dir')).toBe('rtl');
  },
};
