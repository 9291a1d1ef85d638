import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { parsePartialDate } from '../../src/data/dates';
import { describeDate } from '../../src/data/describe-date';
import { readPeriods } from '../../src/data/periods';
import { validateDataset } from '../../src/data/validate';
import { fromTimelineJS, isTimelineJS, partialDate } from '../../src/import/timelinejs';

const folder = new URL('../fixtures/timelinejs/', import.meta.url);
const fixtures = readdirSync(folder)
  .filter((name) => name.endsWith('.json'))
  .map((name) => ({
    name,
    json: JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as Record<string, unknown>,
  }));

const slidesOf = (json: Record<string, unknown>) => json.events as Record<string, unknown>[];

describe('fromTimelineJS on every fixture in tests/fixtures/timelinejs', () => {
  it('there are fixtures to read', () => {
    expect(fixtures.map((f) => f.name)).toEqual(
      expect.arrayContaining(['cosmo-mixed.json', 'eras.json', 'marktwain.json']),
    );
  });

  it.each(fixtures)('$name: every slide arrives as a valid event, and no event is dropped', ({ json }) => {
    const dataset = fromTimelineJS(json);
    expect(isTimelineJS(json)).toBe(true);
    expect(dataset.events).toHaveLength(slidesOf(json).length);
    const result = validateDataset(dataset);
    expect(result.events).toHaveLength(slidesOf(json).length);
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it.each(fixtures)('$name: no title, summary or caption keeps any HTML markup', ({ json }) => {
    const dataset = fromTimelineJS(json);
    const texts = dataset.events.flatMap((e) => [
      e.title,
      e.summary ?? '',
      ...(e.media ?? []).map((m) => m.caption),
    ]);
    expect(texts.filter((t) => /<\/?[a-z][^>]*>/i.test(t))).toEqual([]);
    expect(dataset.title).toBeTruthy();
  });

  it.each(fixtures)('$name: every event is dated as its slide is, in the same order', ({ json }) => {
    const dataset = fromTimelineJS(json);
    slidesOf(json).forEach((slide, i) => {
      const start = slide.start_date as Record<string, string>;
      const span = parsePartialDate(dataset.events[i]!.start)!;
      const year = Number(start.year);
      // The event's year is the slide's, in astronomical numbering for BC years (-300 → -299).
      const astronomical = year < 0 ? year + 1 : year;
      expect(Math.round(span.start / (365.2425 * 86_400_000)) + 1970).toBeCloseTo(astronomical, -1);
    });
  });
});

describe('fromTimelineJS, field by field', () => {
  const fixture = (name: string) => fixtures.find((f) => f.name === name)!.json;

  it('eras become periods with their headlines and years', () => {
    const dataset = fromTimelineJS(fixture('eras.json'));
    expect(dataset.periods?.map((p) => [p.title, p.start, p.end])).toEqual([
      ['Era Test 650-700', '0650', '0700'],
      ['Era Test 600-650', '0600', '0650'],
      ['Era Test 700-720', '0700', '0720'],
    ]);
    const { periods, problems } = readPeriods(dataset);
    expect(problems).toEqual([]);
    expect(periods.map((p) => p.title)).toEqual(['Era Test 600-650', 'Era Test 650-700', 'Era Test 700-720']);
  });

  it('the title slide names the dataset, as plain text', () => {
    const dataset = fromTimelineJS(fixture('eras.json'));
    expect(dataset.title).toBe('Eras Test');
    expect(dataset.description).toMatch(/^Events in the 7th century/);
  });

  it('unique_id becomes the id, group the category, location a place', () => {
    const twain = fromTimelineJS(fixture('marktwain.json'));
    const florida = twain.events.find((e) => e.title === 'Florida, Missouri')!;
    expect(florida.places).toEqual([{ name: 'Florida, Missouri', lat: 39.491711, lon: -91.79326 }]);
    expect(florida.start).toBe('2000-01-05');
    const media = fromTimelineJS(fixture('all-media-types.json'));
    const withIds = slidesOf(fixture('all-media-types.json')).filter((s) => s.unique_id);
    expect(withIds.length).toBeGreaterThan(0);
    for (const slide of withIds) expect(media.events.map((e) => e.id)).toContain(slide.unique_id);
    expect(media.events[0]!.category).toBe('Video');
  });

  it('a slide without a headline gets a title from its text', () => {
    const twain = fromTimelineJS(fixture('marktwain.json'));
    expect(twain.events[0]!.title).toMatch(/^Samuel Langhorne Clemens/);
    expect(twain.events[0]!.title.length).toBeLessThanOrEqual(80);
  });

  it('media keeps http(s) URLs, captions as text, and turns an HTML blockquote into its caption', () => {
    const women = fromTimelineJS(fixture('women_in_computing.json'));
    const ada = women.events.find((e) => e.title === 'Ada Lovelace')!;
    expect(ada.media?.[0]).toMatchObject({
      caption: 'Portrait by Alfred Edward Chalon',
      credit: 'Wikimedia Commons',
    });
    expect(ada.media?.[0]!.url).toMatch(/^https:\/\/upload\.wikimedia\.org\//);
    const clarke = women.events.find((e) => e.title.startsWith('Edith Clarke'))!;
    expect(clarke.media?.[0]!.caption).toMatch(/^There is no demand for women engineers/);
    expect(clarke.media?.[0]!.url).toBeUndefined();
  });

  it('cosmological years arrive in deep time, and read in words with their era', () => {
    const cosmos = fromTimelineJS(fixture('cosmo-mixed.json'));
    const bang = cosmos.events.find((e) => e.title === 'The Big Bang')!;
    expect(bang.start).toBe('-13799999999');
    const { events } = validateDataset(cosmos);
    expect(events[0]!.title).toBe('The Big Bang');
    expect(describeDate(events[0]!, 'en')).toBe('13.8 billion BC');
    const euclid = events.find((e) => e.title.startsWith('Euclid'))!;
    expect(describeDate(euclid, 'en')).toBe('300 BC');
  });

  it('partialDate reads string and number parts, and keeps only the precision really given', () => {
    expect(partialDate({ year: 1969, month: 7, day: 20, hour: 20 })).toBe('1969-07-20');
    expect(partialDate({ year: '1943', month: '7', day: '' })).toBe('1943-07');
    expect(partialDate({ year: '2014', month: '', day: '' })).toBe('2014');
    expect(partialDate({ year: '622', month: '08', day: '09' })).toBe('0622-08-09');
    expect(partialDate({ year: 2018, month: 2, day: 30 })).toBe('2018-02');
    expect(partialDate({ year: '-300' })).toBe('-0299');
    expect(partialDate({ year: '12000' })).toBe('+12000');
    expect(partialDate({ year: '' })).toBeUndefined();
    expect(partialDate({ year: 'soon' })).toBe('soon');
    expect(partialDate(null)).toBeUndefined();
  });

  it('display_date becomes the words readers see for the date', () => {
    const dataset = fromTimelineJS({
      events: [{ start_date: { year: 1943, display_date: 'Spring 1943' }, text: { headline: 'A' } }],
    });
    expect(dataset.events[0]!.dateText).toBe('Spring 1943');
    expect(describeDate(validateDataset(dataset).events[0]!, 'en')).toBe('Spring 1943');
  });

  it('a slide whose date cannot be read still arrives, and validation says why', () => {
    const dataset = fromTimelineJS({
      events: [{ start_date: { year: 'soon' }, text: { headline: 'Later' } }, 7],
    });
    expect(dataset.events).toHaveLength(2);
    const { problems } = validateDataset(dataset);
    expect(problems.map((p) => [p.index, p.field])).toEqual([
      [0, 'start'],
      [1, 'title'],
      [1, 'start'],
    ]);
  });

  it('fromTimelineJS never throws, whatever it is given', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('no');
        },
      },
    );
    for (const input of [
      null,
      undefined,
      42,
      'text',
      [],
      {},
      { events: 'no' },
      hostile,
      { events: [hostile] },
    ]) {
      expect(() => fromTimelineJS(input)).not.toThrow();
      expect(() => validateDataset(fromTimelineJS(input))).not.toThrow();
    }
    expect(isTimelineJS({ events: [] })).toBe(true);
    expect(isTimelineJS({ title: 'x' })).toBe(false);
    expect(isTimelineJS(hostile)).toBe(false);
  });
});
