import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { readPeriods } from '../../src/data/periods';
import { validateDataset } from '../../src/data/validate';
import { fromCSV, isTimelineCSV, missingColumns, parseCSV } from '../../src/import/csv';

const template = readFileSync(new URL('../fixtures/csv/timeline-template.csv', import.meta.url), 'utf8');

describe('parseCSV', () => {
  it('parseCSV reads quoted cells with separators, doubled quotes and line breaks', () => {
    expect(parseCSV('a,"b, c","say ""hi""","two\nlines"\r\n1,2,3,4')).toEqual([
      ['a', 'b, c', 'say "hi"', 'two\nlines'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('parseCSV reads semicolon- and tab-separated files, and ignores a byte order mark', () => {
    expect(parseCSV('\ufeffYear;Headline\n2018;"A; B"')).toEqual([
      ['Year', 'Headline'],
      ['2018', 'A; B'],
    ]);
    expect(parseCSV('Year\tHeadline\n2018\tA')).toEqual([
      ['Year', 'Headline'],
      ['2018', 'A'],
    ]);
  });
});

describe('fromCSV on the TimelineJS spreadsheet template', () => {
  it('every event row arrives as a valid event; the blank row is skipped', () => {
    const dataset = fromCSV(template);
    expect(dataset.events.map((e) => e.title)).toEqual([
      "Euclid's Optica",
      "Ibn al-Haytham's Book of Optics",
      'Galileo points a telescope at the Moon',
      'Apollo 11: humans walk on the Moon',
      'Hubble deployed',
      'Women who made ENIAC work',
    ]);
    const result = validateDataset(dataset);
    expect(result.events).toHaveLength(6);
    expect(result.problems).toEqual([]);
  });

  it('the title row names the dataset, era rows become periods', () => {
    const dataset = fromCSV(template);
    expect(dataset.title).toBe('Optics, from Euclid to Hubble');
    expect(dataset.description).toMatch(/commas, "quotes" and a line break/);
    expect(readPeriods(dataset).periods.map((p) => [p.title, p.start, p.end])).toEqual([
      ['The Middle Ages (roughly)', '1000', '1500'],
      ['Early modern', '1500', '1800'],
    ]);
  });

  it('columns map to fields: dates, end dates, display date, group, media', () => {
    const [euclid, ibn, galileo, apollo, hubble, eniac] = fromCSV(template).events;
    expect(euclid).toMatchObject({ start: '-0299', dateText: 'c. 300 BC', category: 'Antiquity' });
    expect(ibn!.media).toEqual([
      {
        url: 'https://en.wikipedia.org/wiki/Book_of_Optics',
        caption: 'The Book of Optics',
        credit: 'Wikipedia',
      },
    ]);
    expect(galileo!.start).toBe('1609-11');
    expect(apollo).toMatchObject({
      start: '1969-07-20',
      summary: 'Armstrong & Aldrin land at Tranquility Base.',
    });
    expect(hubble).toMatchObject({ start: '1990-04-24', end: '1990-04-25' });
    expect(eniac).toMatchObject({ start: '1943-07', end: '1946', dateText: '1943 – 1946' });
  });

  it('isTimelineCSV and missingColumns tell the template from other CSV', () => {
    expect(isTimelineCSV(template)).toBe(true);
    expect(missingColumns('name,date\nA,2018')).toEqual(['Year', 'Headline']);
    expect(isTimelineCSV('YEAR , headline\n2018,A')).toBe(true);
  });

  it('fromCSV never throws on odd input', () => {
    for (const input of ['', '\n\n', '"unclosed', 'Year\n', 42, null]) {
      expect(() => validateDataset(fromCSV(input))).not.toThrow();
    }
    expect(fromCSV('').events).toEqual([]);
  });
});
