import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';

import { fromCSV } from '../../src/import/csv';
import { fromTimelineJS } from '../../src/import/timelinejs';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as unknown;
const schema = read('../../data/timeline.schema.json') as object;
const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);

describe('data/timeline.schema.json', () => {
  it('accepts data/idlib-2018.json, the dataset the stories draw', () => {
    expect(validate(read('../../data/idlib-2018.json')), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts what the importers write from every TimelineJS fixture and the CSV template', () => {
    for (const name of ['cosmo-mixed', 'eras', 'marktwain', 'women_in_computing', 'all-media-types']) {
      const dataset = fromTimelineJS(read(`../fixtures/timelinejs/${name}.json`));
      expect(validate(dataset), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
    const csv = readFileSync(new URL('../fixtures/csv/timeline-template.csv', import.meta.url), 'utf8');
    expect(validate(fromCSV(csv))).toBe(true);
  });

  it.each([
    ['an event without a title', { events: [{ id: 'a', start: '2018' }] }],
    ['a date in another form', { events: [{ id: 'a', title: 'A', start: '13/02/2018' }] }],
    ['month 13', { events: [{ id: 'a', title: 'A', start: '2018-13' }] }],
    ['an unknown confidence', { events: [{ id: 'a', title: 'A', start: '2018', confidence: 'likely' }] }],
    [
      'a source without its quote',
      { events: [{ id: 'a', title: 'A', start: '2018', sources: [{ publisher: 'X' }] }] },
    ],
    ['a misspelt field', { events: [{ id: 'a', title: 'A', start: '2018', sumary: 'typo' }] }],
  ])('rejects %s, as an editor should flag it', (_, dataset) => {
    expect(validate(dataset)).toBe(false);
  });
});
