// Accessibility of the explore components (details, legend, overview, marker, swimlanes, vertical):
// keyboard, focus ring, right to left, forced colours, names and roles, reduced motion.
import { afterEach, describe, expect, it } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import { idlib2018, idlib2018Input } from '../../src/data/idlib-2018';
import { contrastRatio, type Rgb } from '../../src/a11y/contrast';
import '../../src/timeline-marker';
import { mountTimeline, options, unmountAll, untilDrawn } from './mount';
import { mountCompanion, until } from './linked';

afterEach(async () => {
  unmountAll();
  await commands.emulateMedia({ forcedColors: null, reducedMotion: null, colorScheme: null });
});

const SURRENDER = 'is-surrender-eastern-idlib';

/** A computed `rgb(…)`/`rgba(…)` colour as channels, or null for none and transparent. */
function rgb(value: string): Rgb | null {
  const m = /rgba?\(([\d.]+)[, ]+([\d.]+)[, ]+([\d.]+)(?:[, /]+([\d.]+))?\)/.exec(value);
  if (!m || m[4] === '0') return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** The element that has the focus, looking inside shadow roots. */
function deepActive(): Element | null {
  let active: Element | null = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The story page's composition: timeline with a marker, overview, legend and details, all linked. */
async function mountExplorer(attributes: Record<string, string> = {}, width = 900) {
  const timeline = mountTimeline({
    events: idlib2018Input,
    width,
    attributes: { heading: 'Eastern Idlib', 'zoom-controls': '', ...attributes },
  });
  const marker = document.createElement('timeline-marker');
  marker.setAttribute('date', '2018-02-13');
  marker.setAttribute('label', 'Article published');
  timeline.append(marker);
  const overview = mountCompanion('timeline-overview', timeline);
  const legend = mountCompanion('timeline-legend', timeline);
  const details = mountCompanion('timeline-details', timeline);
  const root = await untilDrawn(timeline, (r) => r.querySelector('.marker line') !== null);
  const roots = {
    timeline: root,
    overview: await until(overview, (r) => r.querySelector('.brush .selection') !== null),
    legend: await until(legend, (r) => r.querySelectorAll('button.toggle').length > 0),
    details: await until(details, (r) => r.querySelector('.base') !== null),
  };
  return { timeline, overview, legend, details, roots };
}

/** Tabs through the page from its start, and returns every element the focus lands on, in order. */
async function tabStops(check: (stop: Element) => void = () => {}, limit = 60): Promise<Element[]> {
  (document.activeElement as HTMLElement | null)?.blur();
  const stops: Element[] = [];
  for (let i = 0; i < limit; i++) {
    await userEvent.tab();
    const active = deepActive();
    if (!active || active === document.body || stops.includes(active)) break;
    check(active);
    stops.push(active);
  }
  return stops;
}

/** The focus ring of the focused element: a solid outline of 2 px or more, at 3:1 against `background`. */
function expectFocusRing(element: Element, background: Rgb, what: string): void {
  const style = getComputedStyle(element);
  expect(style.outlineStyle, what).toBe('solid');
  expect(parseFloat(style.outlineWidth), what).toBeGreaterThanOrEqual(2);
  expect(contrastRatio(rgb(style.outlineColor)!, background), what).toBeGreaterThanOrEqual(3);
}

const WHITE: Rgb = [255, 255, 255];
/** An element's text as read: whitespace collapsed. */
const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('explore components by keyboard', () => {
  it('Tab reaches every control of the legend, overview, timeline and details, each with a 3:1 focus ring', async () => {
    const { timeline, roots } = await mountExplorer();
    timeline.selectEvent(SURRENDER);
    const detailsRoot = await until(
      roots.details.host as HTMLElement & { updateComplete: Promise<boolean> },
      (r) => r.querySelector('button.step') !== null,
    );
    // One pass of Tab through the page; each stop must show its ring when the keyboard lands there.
    const stops = await tabStops((stop) =>
      expectFocusRing(stop, WHITE, `${stop.localName}.${stop.className} ${text(stop)}`),
    );
    const controls = [
      roots.legend.querySelector('input[type="search"]')!,
      ...roots.legend.querySelectorAll('button.toggle'),
      roots.overview.querySelector('[role="slider"]')!,
      ...roots.timeline.querySelectorAll('.toolbar button, .zoom-controls button'),
      ...detailsRoot.querySelectorAll('button.step, a[href]'),
    ];
    expect(controls.length).toBeGreaterThan(12);
    for (const control of controls) expect(stops, text(control) || control.localName).toContain(control);
    // One stop for all the events (roving tabindex), on the selected one.
    const events = stops.filter((s) => s.getAttribute('role') === 'option');
    expect(events.map((e) => (e as HTMLElement).dataset.id)).toEqual([SURRENDER]);
  }, 60_000);

  it('the legend works from the keyboard: Space and Enter switch a category, the search box filters', async () => {
    const { timeline, roots } = await mountExplorer();
    const capture = [...roots.legend.querySelectorAll<HTMLButtonElement>('button.toggle')].find(
      (b) => text(b.querySelector('.name')) === 'capture',
    )!;
    capture.focus();
    await userEvent.keyboard(' ');
    await until(timeline, () => capture.getAttribute('aria-pressed') === 'false');
    expect(timeline.categories).not.toContain('capture');
    await userEvent.keyboard('{Enter}');
    await until(timeline, () => capture.getAttribute('aria-pressed') === 'true');
    roots.legend.querySelector<HTMLInputElement>('input[type="search"]')!.focus();
    await userEvent.keyboard('surrender');
    await until(timeline, (r) => options(r).length < idlib2018.events.length);
    expect(timeline.filter?.text).toBe('surrender');
  });

  it('the overview is a slider: Home, End and arrows move the period, and say which period it is', async () => {
    const { timeline, roots } = await mountExplorer();
    await timeline.zoomTo('2017-06-01', '2017-08-01', { animate: false });
    const slider = roots.overview.querySelector<HTMLElement>('[role="slider"]')!;
    slider.focus();
    await userEvent.keyboard('{End}');
    const end = timeline.fullWindow!.end.getTime();
    await until(timeline, () => Math.abs(timeline.visibleWindow!.end.getTime() - end) < 60_000);
    await until(timeline, () => /2018$/.test(slider.getAttribute('aria-valuetext') ?? ''));
    await userEvent.keyboard('{Home}');
    const start = timeline.fullWindow!.start.getTime();
    await until(timeline, () => Math.abs(timeline.visibleWindow!.start.getTime() - start) < 60_000);
  });

  it('the details panel steps through events with Enter on Previous and Next, keeping the focus', async () => {
    const { timeline, roots } = await mountExplorer();
    timeline.selectEvent(SURRENDER);
    const details = roots.details.host as HTMLElement & { updateComplete: Promise<boolean> };
    await until(details, (r) => r.querySelector('button.previous') !== null);
    const previous = roots.details.querySelector<HTMLButtonElement>('button.previous')!;
    previous.focus();
    await userEvent.keyboard('{Enter}');
    await until(details, () => timeline.selected !== SURRENDER);
    expect(deepActive()).toBe(roots.details.querySelector('button.previous'));
  });

  it('swimlane headers are buttons: Enter collapses a band and says so with aria-expanded', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { 'group-by': 'category' } });
    const root = await untilDrawn(timeline, (r) => r.querySelector('button.group-toggle') !== null);
    const header = root.querySelector<HTMLButtonElement>('button.group-toggle')!;
    const name = text(header.querySelector('.group-name'));
    header.focus();
    expectFocusRing(header, WHITE, 'band header');
    await userEvent.keyboard('{Enter}');
    const collapsed = await untilDrawn(timeline, (r) =>
      [...r.querySelectorAll('button.group-toggle')].some(
        (b) => text(b.querySelector('.group-name')) === name && b.getAttribute('aria-expanded') === 'false',
      ),
    );
    expect(collapsed.activeElement?.classList.contains('group-toggle')).toBe(true);
  });

  it('vertical, right to left: Down and Up still move forward and back in time', async () => {
    const timeline = mountTimeline({
      events: idlib2018Input,
      width: 360,
      attributes: { orientation: 'vertical', locale: 'ar' },
    });
    const root = await untilDrawn(timeline, (r) => r.querySelector('.plot.vertical') !== null);
    expect(root.querySelector('[role="listbox"]')!.getAttribute('aria-orientation')).toBe('vertical');
    const order = idlib2018.events.map((e) => e.id);
    options(root)
      .find((o) => o.tabIndex === 0)!
      .focus();
    const focused = () => (root.activeElement as HTMLElement).dataset.id!;
    const first = focused();
    await userEvent.keyboard('{ArrowDown}');
    await timeline.updateComplete;
    expect(order.indexOf(focused())).toBe(order.indexOf(first) + 1);
    await userEvent.keyboard('{ArrowUp}');
    await timeline.updateComplete;
    expect(focused()).toBe(first);
    // Left and Right do not move between events in a vertical timeline.
    await userEvent.keyboard('{ArrowLeft}');
    await timeline.updateComplete;
    expect(focused()).toBe(first);
  });
});

describe('explore components right to left', () => {
  it('with locale="ar" on the timeline, the legend and details read right to left, in Arabic', async () => {
    const { timeline, roots } = await mountExplorer({ locale: 'ar' });
    timeline.selectEvent(SURRENDER);
    const details = roots.details.host as HTMLElement & { updateComplete: Promise<boolean> };
    await until(details, (r) => r.querySelector('.title') !== null);
    for (const [name, root] of [
      ['legend', roots.legend],
      ['details', roots.details],
      ['overview', roots.overview],
    ] as const) {
      expect(getComputedStyle(root.querySelector('.base')!).direction, name).toBe('rtl');
      expect(
        (root.host as HTMLElement).closest('[lang]') ?? root.querySelector('[lang]'),
        name,
      ).not.toBeNull();
    }
    expect(roots.legend.querySelector('.base')!.getAttribute('lang')).toBe('ar');
    // The toggles start at the right: the first category is right of the second.
    const toggles = [...roots.legend.querySelectorAll('button.toggle')].map((b) => b.getBoundingClientRect());
    expect(toggles[0]!.left).toBeGreaterThan(toggles[1]!.left);
    const legendBox = roots.legend.querySelector('.base')!.getBoundingClientRect();
    expect(legendBox.right - toggles[0]!.right).toBeLessThan(2);
    // The details' labels sit at the right edge, and "previous" is the button on the right.
    const previous = roots.details.querySelector('button.previous')!.getBoundingClientRect();
    const next = roots.details.querySelector('button.next')!.getBoundingClientRect();
    expect(previous.left).toBeGreaterThan(next.left);
    expect(text(roots.details.querySelector('.step-label'))).toContain('السابق');
    // The actors read right to left in their order, joined with the Arabic "و".
    const actors = roots.details.querySelector('.facts dd')!;
    const where = (name: string) => {
      const walker = document.createTreeWalker(actors, NodeFilter.SHOW_TEXT);
      let node = walker.nextNode();
      while (node && !node.textContent!.includes(name)) node = walker.nextNode();
      const range = document.createRange();
      const at = node!.textContent!.indexOf(name);
      range.setStart(node!, at);
      range.setEnd(node!, at + name.length);
      return range.getBoundingClientRect();
    };
    expect(actors.textContent).toContain('و');
    expect(where('IS').left).toBeGreaterThan(where('Dahr al-Ghuzat').right);
    expect(where('Dahr al-Ghuzat').left).toBeGreaterThan(where('HTS').right);
    // Counts in Arabic-Indic digits, as the timeline writes them.
    for (const count of roots.legend.querySelectorAll('.count')) expect(text(count)).toMatch(/^[٠-٩]+$/);
    // The data's English text keeps its own direction inside the Arabic panel: its full stop at its end.
    const summary = roots.details.querySelector('.summary')!;
    expect(summary.getAttribute('dir')).toBe('auto');
    expect(getComputedStyle(summary).direction).toBe('ltr');
  });

  it('the companions take the timeline’s own words (messages) when they have none of their own', async () => {
    const { timeline, roots } = await mountExplorer({ locale: 'ar' });
    timeline.messages = { categoryNames: { capture: 'سيطرة' } };
    timeline.selectEvent('tabqa-captured');
    const legend = roots.legend.host as HTMLElement & { updateComplete: Promise<boolean> };
    await until(legend, (r) => [...r.querySelectorAll('.toggle .name')].some((n) => text(n) === 'سيطرة'));
  });

  it('the overview brush runs right to left: the start of the story is at the right', async () => {
    const { timeline, roots } = await mountExplorer({ dir: 'rtl' });
    await timeline.zoomTo('2017-01-01', '2017-03-01', { animate: false });
    await until(
      roots.overview.host as HTMLElement & { updateComplete: Promise<boolean> },
      (r) => Number(r.querySelector('.brush .selection')!.getAttribute('x')) > 400,
    );
    const strip = roots.overview.querySelector('svg')!.getBoundingClientRect();
    const brush = roots.overview.querySelector('.brush .selection')!.getBoundingClientRect();
    expect(strip.right - brush.right).toBeLessThan(strip.width * 0.05);
    expect(brush.left - strip.left).toBeGreaterThan(strip.width * 0.75);
    // Right arrow goes back in time in RTL, the way the timeline's arrows do.
    const before = timeline.visibleWindow!.start.getTime();
    await timeline.zoomTo('2017-06-01', '2017-08-01', { animate: false });
    const middle = timeline.visibleWindow!.start.getTime();
    expect(middle).toBeGreaterThan(before);
    roots.overview.querySelector<HTMLElement>('[role="slider"]')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await until(timeline, () => timeline.visibleWindow!.start.getTime() < middle);
  });

  it('swimlane labels sit at the right edge of the plot, their chevrons pointing the way text runs', async () => {
    // Left to right first, for the inset the labels keep from the plot's start edge.
    const ltr = mountTimeline({ events: idlib2018Input, attributes: { 'group-by': 'category' } });
    const ltrRoot = await untilDrawn(ltr, (r) => r.querySelector('button.group-toggle') !== null);
    const ltrPlot = ltrRoot.querySelector('.plot')!.getBoundingClientRect();
    const inset = ltrRoot.querySelector('button.group-toggle')!.getBoundingClientRect().left - ltrPlot.left;
    unmountAll();
    const timeline = mountTimeline({
      events: idlib2018Input,
      attributes: { 'group-by': 'category', locale: 'ar' },
    });
    const root = await untilDrawn(timeline, (r) => r.querySelector('button.group-toggle') !== null);
    const plot = root.querySelector('.plot')!.getBoundingClientRect();
    for (const header of root.querySelectorAll('button.group-toggle')) {
      const box = header.getBoundingClientRect();
      expect(plot.right - box.right, text(header)).toBeCloseTo(inset, 0);
      expect(box.left - plot.left, text(header)).toBeGreaterThan(plot.width / 2);
      // Inside the button the name comes first from the right, then the count.
      const name = header.querySelector('.group-name')!.getBoundingClientRect();
      const count = header.querySelector('.group-count')!.getBoundingClientRect();
      expect(name.left).toBeGreaterThan(count.left);
    }
    const open = root.querySelector('button.group-toggle .chevron')!;
    expect(text(open)).toBe('▾');
    root.querySelector<HTMLButtonElement>('button.group-toggle')!.click();
    const after = await untilDrawn(timeline, (r) => r.querySelector('[aria-expanded="false"]') !== null);
    // A collapsed band's chevron points along the line of reading: left in Arabic.
    expect(text(after.querySelector('[aria-expanded="false"] .chevron'))).toBe('◂');
  });

  it('a marker in RTL is drawn at its date counted from the right, its label inside the plot', async () => {
    const { roots } = await mountExplorer({ locale: 'ar' });
    const line = roots.timeline.querySelector('.marker line')!.getBoundingClientRect();
    const plot = roots.timeline.querySelector('.plot')!.getBoundingClientRect();
    // 13 February 2018 is the story's last day: at the left end in Arabic.
    expect(line.left - plot.left).toBeLessThan(plot.width / 4);
    const label = roots.timeline.querySelector('.marker-label')!.getBoundingClientRect();
    expect(label.left).toBeGreaterThanOrEqual(plot.left - 0.5);
    expect(label.right).toBeLessThanOrEqual(plot.right + 0.5);
  });
});

describe('explore components in forced colours', () => {
  /** The computed colours of the system colour keywords, in this emulation. */
  function systemColours(): Set<string> {
    const probe = document.createElement('span');
    document.body.append(probe);
    const colours = new Set(
      [
        'CanvasText',
        'Canvas',
        'Highlight',
        'HighlightText',
        'GrayText',
        'LinkText',
        'ButtonText',
        'ButtonFace',
        'ButtonBorder',
      ].map((c) => {
        probe.style.color = c;
        return getComputedStyle(probe).color;
      }),
    );
    probe.remove();
    return colours;
  }

  /** Asserts the paint is a system colour, at 3:1 or more against the canvas. */
  function expectVisible(
    el: Element,
    what: string,
    props: ('fill' | 'stroke' | 'color' | 'borderTopColor')[],
  ) {
    const style = getComputedStyle(el);
    const system = systemColours();
    const canvas = rgb(getComputedStyle(document.body).backgroundColor) ?? WHITE;
    const paints = props
      .map((p) => style[p])
      .filter((p) => p && p !== 'none' && !p.startsWith('url') && rgb(p) !== null);
    expect(paints.length, `${what}: something painted`).toBeGreaterThan(0);
    for (const paint of paints) expect(system, `${what} ${paint}`).toContain(paint);
    const best = Math.max(...paints.map((p) => contrastRatio(rgb(p)!, canvas)));
    expect(best, what).toBeGreaterThanOrEqual(3);
    if (style.opacity !== '')
      expect(parseFloat(style.opacity), `${what} opacity`).toBeGreaterThanOrEqual(0.99);
  }

  it('histogram bars, brush, axis, toggles, swatches, band labels and marker lines stay visible in system colours', async () => {
    await commands.emulateMedia({ forcedColors: 'active' });
    const { timeline, roots } = await mountExplorer({ 'group-by': 'category' });
    await untilDrawn(timeline, (r) => r.querySelector('button.group-toggle') !== null);
    timeline.selectEvent(SURRENDER);
    const details = roots.details.host as HTMLElement & { updateComplete: Promise<boolean> };
    await until(details, (r) => r.querySelector('button.step') !== null);

    for (const bar of [...roots.overview.querySelectorAll('.bars rect')].slice(0, 5))
      expectVisible(bar, 'overview bar', ['fill']);
    expectVisible(roots.overview.querySelector('.brush .selection')!, 'brush', ['stroke']);
    expectVisible(roots.overview.querySelector('.axis text')!, 'overview axis label', ['fill']);
    for (const toggle of roots.legend.querySelectorAll('button.toggle')) {
      expectVisible(toggle, `toggle ${text(toggle)}`, ['color']);
      expectVisible(toggle, `toggle border ${text(toggle)}`, ['borderTopColor']);
      expectVisible(toggle.querySelector('.swatch, .confidence-swatch')!, `swatch ${text(toggle)}`, [
        'fill',
        'stroke',
      ]);
    }
    for (const header of roots.timeline.querySelectorAll('button.group-toggle'))
      expectVisible(header, `band ${text(header)}`, ['color']);
    expectVisible(roots.timeline.querySelector('.marker line')!, 'marker line', ['stroke']);
    expectVisible(roots.timeline.querySelector('.marker-label')!, 'marker label', ['fill']);
    for (const step of roots.details.querySelectorAll('button.step'))
      expectVisible(step, 'details step', ['color']);
    // On and off toggles still differ without colour: off is struck through and hollow.
    const first = roots.legend.querySelector<HTMLButtonElement>('button.toggle')!;
    first.click();
    await until(timeline, () => first.getAttribute('aria-pressed') === 'false');
    expect(getComputedStyle(first.querySelector('.name')!).textDecorationLine).toBe('line-through');
    expect(getComputedStyle(first.querySelector('.swatch')!).fill).toBe('none');
  });

  it('vertical: every mark, leader and tick stays visible in system colours', async () => {
    await commands.emulateMedia({ forcedColors: 'active' });
    const timeline = mountTimeline({
      events: idlib2018Input,
      width: 360,
      attributes: { orientation: 'vertical' },
    });
    const root = await untilDrawn(timeline, (r) => r.querySelector('.plot.vertical') !== null);
    const marks = [...root.querySelectorAll('.mark')];
    expect(marks.length).toBeGreaterThanOrEqual(idlib2018.events.length);
    for (const mark of marks)
      expectVisible(mark, `mark ${mark.closest('g.event')?.getAttribute('data-id')}`, ['fill', 'stroke']);
    for (const leader of root.querySelectorAll('.leader')) expectVisible(leader, 'leader', ['stroke']);
    for (const label of root.querySelectorAll('text.label')) expectVisible(label, 'label', ['fill']);
  });
});

describe('explore components: names and roles', () => {
  it('each companion names itself and its controls in the element’s language', async () => {
    for (const [locale, words] of [
      [
        'en',
        {
          legend: 'Filter the events',
          overview: 'Period shown on the timeline',
          details: 'Event details',
          markers: 'Reference dates',
        },
      ],
      [
        'ar',
        {
          legend: 'تصفية الأحداث',
          overview: 'الفترة المعروضة على الخط الزمني',
          details: 'تفاصيل الحدث',
          markers: 'تواريخ مرجعية',
        },
      ],
    ] as const) {
      const { timeline, roots } = await mountExplorer({ locale });
      const legend = roots.legend.querySelector('[part="base"]')!;
      expect(legend.getAttribute('role')).toBe('group');
      expect(legend.getAttribute('aria-label')).toBe(words.legend);
      for (const toggle of roots.legend.querySelectorAll('button.toggle')) {
        expect(toggle.getAttribute('aria-pressed')).toMatch(/^(true|false)$/);
        expect(text(toggle).length).toBeGreaterThan(1);
      }
      const search = roots.legend.querySelector('input[type="search"]')!;
      expect(roots.legend.querySelector(`label[for="${search.id}"]`)).not.toBeNull();
      const slider = roots.overview.querySelector('[role="slider"]')!;
      expect(slider.getAttribute('aria-label')).toBe(words.overview);
      expect(slider.getAttribute('aria-valuetext')).toMatch(/\S+ .+ \S+/);
      expect(roots.details.querySelector('section')!.getAttribute('aria-label')).toBe(words.details);
      const markerList = roots.timeline.querySelector(`ul[aria-label="${words.markers}"]`)!;
      expect(text(markerList)).toContain('Article published');
      // The drawing of the marker is hidden; the list says it once.
      expect(roots.timeline.querySelector('.marker')!.closest('[aria-hidden="true"]')).not.toBeNull();
      timeline.selectEvent(SURRENDER);
      const details = roots.details.host as HTMLElement & { updateComplete: Promise<boolean> };
      const detailsRoot = await until(details, (r) => r.querySelector('[role="heading"]') !== null);
      expect(detailsRoot.querySelector('[role="heading"]')!.getAttribute('aria-level')).toBe('2');
      expect(detailsRoot.querySelector('[part="nav"]')!.getAttribute('role')).toBe('group');
      unmountAll();
    }
  });

  it('swimlane headers name their band and count; the vertical list says it runs vertically', async () => {
    const timeline = mountTimeline({ events: idlib2018Input, attributes: { 'group-by': 'category' } });
    const root = await untilDrawn(timeline, (r) => r.querySelector('button.group-toggle') !== null);
    for (const header of root.querySelectorAll('button.group-toggle')) {
      expect(text(header)).toMatch(/^▾ \S+ \d+ events?$/);
      expect(header.getAttribute('aria-expanded')).toBe('true');
      expect(header.querySelector('.chevron')!.getAttribute('aria-hidden')).toBe('true');
    }
  });
});

describe('explore components with reduced motion', () => {
  it('no transitions in the legend, overview, details or band headers; the overview jumps straight there', async () => {
    await commands.emulateMedia({ reducedMotion: 'reduce' });
    const { timeline, roots } = await mountExplorer({ 'group-by': 'category' });
    await untilDrawn(timeline, (r) => r.querySelector('button.group-toggle') !== null);
    timeline.selectEvent(SURRENDER);
    const details = roots.details.host as HTMLElement & { updateComplete: Promise<boolean> };
    await until(details, (r) => r.querySelector('button.step') !== null);
    const moving = (el: Element) =>
      getComputedStyle(el)
        .transitionDuration.split(', ')
        .some((d) => d !== '0s') ||
      getComputedStyle(el)
        .animationName.split(', ')
        .some((n) => n !== 'none');
    for (const root of [roots.legend, roots.overview, roots.details, roots.timeline])
      for (const el of root.querySelectorAll('*'))
        expect(moving(el), `${el.localName}.${el.className}`).toBe(false);
    // The slider's End moves the timeline in one step: no animated zoom to wait for.
    await timeline.zoomTo('2017-06-01', '2017-08-01', { animate: false });
    roots.overview.querySelector<HTMLElement>('[role="slider"]')!.focus();
    await userEvent.keyboard('{End}');
    await timeline.updateComplete;
    expect(Math.abs(timeline.visibleWindow!.end.getTime() - timeline.fullWindow!.end.getTime())).toBeLessThan(
      60_000,
    );
  });
});
