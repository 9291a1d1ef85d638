// Bad data through the component: for every way a dataset goes wrong, the valid events still draw,
// and each problem is listed with index, field and reason in `problems`, in `timeline-problems`
// and in the notice a reader sees.
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';

import type { EventTimeline } from '../../src/event-timeline';
import type { Problem, TimelineEventInput } from '../../src/data/types';
import { markIds, mountTimeline, options, unmountAll, untilDrawn } from './mount';

afterEach(unmountAll);

const goods: TimelineEventInput[] = [
  { id: 'offensive', title: 'Government offensive begins', start: '2017-10', end: '2018-01' },
  { id: 'pocket', title: 'IS pocket cleared', start: '2018-02-05' },
  { id: 'surrender', title: 'IS fighters surrender', start: '2018-02-13' },
];

/** Mounts `events`, waits for the drawing, and returns it with what `timeline-problems` said. */
async function draw(events: unknown, attributes: Record<string, string> = {}) {
  const reported: Problem[][] = [];
  const listen = (e: CustomEvent<{ problems: Problem[] }>) => reported.push(e.detail.problems);
  document.addEventListener('timeline-problems', listen);
  const timeline = mountTimeline({ events: events as TimelineEventInput[], attributes });
  try {
    const root = await untilDrawn(
      timeline,
      (r) => r.querySelector('[role="option"]') !== null || r.querySelector('.status') !== null,
    );
    return { timeline, root, reported };
  } finally {
    document.removeEventListener('timeline-problems', listen);
  }
}

/** The lines of the problems notice, opened as a reader would open it. */
async function noticeLines(root: ShadowRoot): Promise<string[]> {
  const summary = root.querySelector<HTMLElement>('.notice.problems summary');
  if (!summary) return [];
  await userEvent.click(summary);
  // Dataset text in a line is wrapped in bidi isolates (U+2068 … U+2069), which a reader does not see.
  return [...root.querySelectorAll('.notice.problems li')].map((li) =>
    li
      .textContent!.replace(/[\u2068\u2069]/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

/** Every mark and label lies inside the drawing, left to right. */
function expectInsidePlot(root: ShadowRoot): void {
  const plot = root.querySelector('svg.chart')!.getBoundingClientRect();
  for (const part of root.querySelectorAll('g.event .mark, g.event text.label')) {
    const box = part.getBoundingClientRect();
    expect(box.left).toBeGreaterThanOrEqual(plot.left - 0.5);
    expect(box.right).toBeLessThanOrEqual(plot.right + 0.5);
  }
}

const MEGABYTE = 'Long '.repeat(209_716);

// The 30 s timeouts are budgets for a loaded machine, where a file's first click can take seconds; nothing is timed.
describe('<event-timeline> with one bad event among good ones', { timeout: 30_000 }, () => {
  it.each<[string, Record<string, unknown>, string, RegExp, boolean]>([
    ['a missing title', { id: 'bad', start: '2018-01-10' }, 'title', /has no title/, false],
    ['an empty title', { id: 'bad', title: '  ', start: '2018-01-10' }, 'title', /has no title/, false],
    [
      'a title that is an object',
      { id: 'bad', title: { en: 'x' }, start: '2018-01-10' },
      'title',
      /an object is not text/,
      false,
    ],
    [
      'start "2018-02-30"',
      { id: 'bad', title: 'Bad', start: '2018-02-30' },
      'start',
      /is not a real date: "2018-02-30"/,
      false,
    ],
    [
      'start "13/02/2018"',
      { id: 'bad', title: 'Bad', start: '13/02/2018' },
      'start',
      /is not a date: "13\/02\/2018"/,
      false,
    ],
    ['start ""', { id: 'bad', title: 'Bad', start: '' }, 'start', /has no start date/, false],
    [
      'start 2018 as a number',
      { id: 'bad', title: 'Bad', start: 2018 },
      'start',
      /is not a date: 2018/,
      false,
    ],
    ['start null', { id: 'bad', title: 'Bad', start: null }, 'start', /has no start date/, false],
    ['start NaN', { id: 'bad', title: 'Bad', start: Number.NaN }, 'start', /is not a date: NaN/, false],
    [
      'end before start',
      { id: 'bad', title: 'Bad', start: '2018-01-10', end: '2018-01-01' },
      'end',
      /ends before it starts/,
      true,
    ],
    [
      'a repeated id',
      { id: 'offensive', title: 'Again', start: '2018-01-10' },
      'id',
      /already used by another event; renamed "offensive-2"/,
      true,
    ],
    [
      'an unknown field',
      { id: 'bad', title: 'Bad', start: '2018-01-10', casualties: 12 },
      'casualties',
      /is not a known field/,
      true,
    ],
    [
      'actors that are not text',
      { id: 'bad', title: 'Bad', start: '2018-01-10', actors: [{}, 3] },
      'actors[0]',
      /is not a name/,
      true,
    ],
    [
      'a latitude of 95',
      { id: 'bad', title: 'Bad', start: '2018-01-10', places: [{ name: 'X', lat: 95, lon: 1 }] },
      'places[0].lat',
      /between -90 and 90: 95/,
      true,
    ],
    [
      'a latitude of NaN',
      { id: 'bad', title: 'Bad', start: '2018-01-10', places: [{ name: 'X', lat: Number.NaN, lon: 1 }] },
      'places[0].lat',
      /NaN/,
      true,
    ],
    [
      'a 1 MB title',
      { id: 'bad', title: MEGABYTE, start: '2018-01-10' },
      'title',
      /is 1,048,579 characters long; cut to 500/,
      true,
    ],
  ])(
    '%s: the good events draw and the problem is listed by index, field and reason',
    async (_, bad, field, reason, kept) => {
      const { timeline, root, reported } = await draw([goods[0], bad, goods[1], goods[2]]);
      const drawn = markIds(root);
      for (const good of goods) expect(drawn).toContain(good.id);
      expect(drawn).toHaveLength(kept ? 4 : 3);

      const problem = timeline.problems.find((p) => p.index === 1 && p.field === field);
      expect(problem?.reason).toMatch(reason);
      expect(problem?.severity).toBe(kept ? 'warning' : 'error');
      expect(reported.at(-1)).toEqual(timeline.problems);

      const lines = await noticeLines(root);
      expect(
        lines.some((line) => line.startsWith('Event 1') && line.includes(field) && reason.test(line)),
      ).toBe(true);
      expect(lines.some((line) => line.endsWith('(not drawn)'))).toBe(!kept);
      expectInsidePlot(root);
    },
  );

  it('a 1 MB title draws as a label cut to fit, and a name of at most 500 characters', async () => {
    const { root } = await draw([...goods, { id: 'long', title: MEGABYTE, start: '2017-06-01' }]);
    const option = root.querySelector<HTMLElement>('[role="option"][data-id="long"]')!;
    expect(option.getAttribute('aria-label')!.length).toBeLessThan(650);
    const label = root.querySelector('g.event[data-id="long"] text.label');
    if (label) {
      expect(label.textContent!.endsWith('…')).toBe(true);
      expect(label.getBoundingClientRect().width).toBeLessThanOrEqual(261);
    }
    expectInsidePlot(root);
  });
});

describe('<event-timeline> with bad datasets', { timeout: 30_000 }, () => {
  it.each([
    ['a number', 42],
    ['a string', '{"events": []}'],
    ['an object without events', { title: 'Untitled' }],
    ['events that are not a list', { events: { a: 1 } }],
  ])('a dataset that is %s shows "no events", and the problem, on "Dataset"', async (_, input) => {
    const { timeline, root } = await draw(input);
    expect(root.querySelector('.status')?.textContent).toMatch(/no events to show/);
    expect(timeline.problems).toEqual([expect.objectContaining({ index: -1, severity: 'error' })]);
    const [line] = await noticeLines(root);
    expect(line).toMatch(/^Dataset, (dataset|events): is (not|missing)/);
  });

  it('0 events: "There are no events to show." and no problems notice', async () => {
    const { timeline, root } = await draw([]);
    expect(root.querySelector('.status')?.textContent).toMatch(/no events to show/);
    expect(timeline.problems).toEqual([]);
    expect(root.querySelector('.notice')).toBeNull();
  });

  it('1 event draws one mark, inside the plot', async () => {
    const { root } = await draw([goods[2]]);
    expect(markIds(root)).toEqual(['surrender']);
    expectInsidePlot(root);
  });

  it('40 events on the same day all draw, inside the plot', async () => {
    const sameDay = Array.from({ length: 40 }, (_, i) => ({
      id: `e${i}`,
      title: `Report ${i}`,
      start: '2018-02-13',
    }));
    const { root } = await draw(sameDay);
    expect(markIds(root).sort()).toEqual(sameDay.map((e) => e.id).sort());
    expectInsidePlot(root);
  });

  it('events in 0001 and 9999 draw with one in 2018, in time order, with a readable axis', async () => {
    const { root } = await draw([
      { id: 'last', title: 'Last', start: '9999-12-31' },
      goods[2],
      { id: 'first', title: 'First', start: '0001-01-01' },
    ]);
    expect(markIds(root)).toEqual(['first', 'surrender', 'last']);
    expectInsidePlot(root);
    const ticks = [...root.querySelectorAll('.tick text')].map((t) => t.textContent);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.every((t) => /^\d+$/.test(t ?? ''))).toBe(true);
  });

  it(
    '100,000 events, every tenth invalid: the 10,000 are reported, and every valid event in view draws',
    { timeout: 60_000 },
    async () => {
      const input = Array.from({ length: 100_000 }, (_, i) => {
        const start = `${2000 + (i % 20)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
        return i % 10 === 7
          ? { id: `e${i}`, title: `Event ${i}`, start: '2018-02-30' }
          : { id: `e${i}`, title: `Event ${i}`, start };
      });
      // Three days: few enough events (under the density view's 300) to check each mark by id.
      const { timeline, root } = await draw(input, { start: '2010-03-01', end: '2010-03-03' });
      const inDays = input
        .filter((e) => e.start >= '2010-03-01' && e.start <= '2010-03-03' && Number(e.id.slice(1)) % 10 !== 7)
        .map((e) => e.id);
      expect(inDays.length).toBeGreaterThan(100);
      expect(markIds(root).sort()).toEqual(inDays.sort());
      // All 90,000 at once are drawn as a density band.
      timeline.removeAttribute('start');
      timeline.removeAttribute('end');
      await untilDrawn(timeline, (r) => r.querySelector('canvas.density') !== null, 30_000);
      expect(timeline.validEvents).toHaveLength(90_000);
      expect(timeline.problems).toHaveLength(10_000);
      expect(root.querySelector('.notice.problems summary')?.textContent).toBe(
        '10,000 problems were found in the data. 10,000 events could not be drawn.',
      );
      const lines = await noticeLines(root);
      expect(lines).toHaveLength(100);
      expect(lines[0]).toBe('Event 7 (e7), start: is not a real date: "2018-02-30" (not drawn)');
      expect(root.querySelector('.notice.problems .more')?.textContent).toBe(
        '…and 9,900 more, not listed here.',
      );
    },
  );
});

describe('<event-timeline> problems notice', { timeout: 30_000 }, () => {
  const withProblem = [...goods, { id: 'bad', title: 'Bad', start: '2018-02-30' }];

  it('hide-problems hides the notice, and removing it shows it again', async () => {
    const { timeline, root } = await draw(withProblem, { 'hide-problems': '' });
    expect(root.querySelector('.notice.problems')).toBeNull();
    expect(timeline.problems).toHaveLength(1);
    timeline.removeAttribute('hide-problems');
    await timeline.updateComplete;
    expect(root.querySelector('.notice.problems')?.textContent).toMatch(/1 problem was found/);
    timeline.hideProblems = true;
    await timeline.updateComplete;
    expect(timeline.hasAttribute('hide-problems')).toBe(true);
    expect(root.querySelector('.notice.problems')).toBeNull();
  });

  it('Dismiss hides the notice until the data changes', async () => {
    const { timeline, root } = await draw(withProblem);
    root.querySelector<HTMLElement>('.notice.problems button')!.focus();
    await userEvent.keyboard('{Enter}');
    await timeline.updateComplete;
    expect(root.querySelector('.notice.problems')).toBeNull();
    expect(options(root)).toHaveLength(3);
    // A keyboard user is not dropped at the top of the page: the focus moves to the events.
    await expect.poll(() => root.activeElement?.getAttribute('role')).toBe('option');
    (timeline as EventTimeline).events = [...withProblem, { id: 'worse', start: 'soon' }] as never;
    await untilDrawn(timeline, (r) => r.querySelector('.notice.problems') !== null);
    expect(root.querySelector('.notice.problems summary')?.textContent).toBe(
      '3 problems were found in the data. 2 events could not be drawn.',
    );
  });
});
