import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idlib2018 } from '../../src/data/idlib-2018';
import { validateDataset } from '../../src/data/validate';
import { filterEvents, fold, matchesText } from '../../src/layout/event-filter';

const events = idlib2018.events;
const ids = (list: readonly { id: string }[]) => list.map((e) => e.id);

describe('filterEvents', () => {
  it('filterEvents(events, undefined, undefined) keeps every event, in order', () => {
    expect(ids(filterEvents(events, undefined, undefined))).toEqual(ids(events));
    // No copy when nothing is filtered: at 100,000 events every render would pay for one.
    expect(filterEvents(events, [], { text: '  ' })).toBe(events);
  });

  it('filterEvents keeps only the listed categories, and every one for an empty list', () => {
    const surrenders = filterEvents(events, ['surrender'], undefined);
    expect(surrenders.length).toBeGreaterThan(0);
    expect(surrenders.every((e) => e.category === 'surrender')).toBe(true);
    expect(filterEvents(events, [], undefined)).toHaveLength(events.length);
  });

  it('filterEvents keeps only the chosen confidence levels', () => {
    const disputed = filterEvents(events, undefined, { confidences: ['disputed'] });
    expect(disputed.length).toBeGreaterThan(0);
    expect(disputed.every((e) => e.confidence === 'disputed')).toBe(true);
  });

  it('filterEvents combines categories, confidence and text', () => {
    const found = filterEvents(events, ['surrender', 'capture'], {
      text: 'IS',
      confidences: ['disputed', 'claimed'],
    });
    expect(found.length).toBeGreaterThan(0);
    for (const e of found) {
      expect(['surrender', 'capture']).toContain(e.category);
      expect(['disputed', 'claimed']).toContain(e.confidence);
    }
  });
});

describe('matchesText', () => {
  const surrender = events.find((e) => e.id === 'is-surrender-eastern-idlib')!;

  it('matchesText finds words in the title, actors and places, ignoring case', () => {
    expect(matchesText(surrender, 'SURRENDER')).toBe(true);
    expect(matchesText(surrender, 'dahr al-ghuzat')).toBe(true);
    expect(matchesText(surrender, 'khuwayn')).toBe(true);
    expect(matchesText(surrender, 'khuwayn raqqa')).toBe(false);
  });

  it('matchesText ignores accents, and an empty query matches everything', () => {
    expect(matchesText({ ...surrender, actors: ['Aḥrār al-Shām'] }, 'ahrar')).toBe(true);
    expect(matchesText(surrender, '   ')).toBe(true);
  });
});

describe('fold', () => {
  const fullFold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLocaleLowerCase('en');

  it('fold(plain ASCII) is the full fold (NFD, marks off, lower case), by the quick way', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        expect(fold(text)).toBe(fullFold(text));
      }),
      { numRuns: 500 },
    );
  });

  it('fold(any text) is the full fold', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(fold(text)).toBe(fullFold(text));
      }),
      { numRuns: 300 },
    );
    expect(fold('Aḥrār al-Shām')).toBe('ahrar al-sham');
  });

  it('filterEvents gives the same events on a second pass, when the folded texts are remembered', () => {
    const events = validateDataset({
      events: [
        {
          id: 'a',
          title: 'Aḥrār al-Shām take Abu al-Duhur',
          start: '2018-01-20',
          places: [{ name: 'Abū al-Ḍuhūr' }],
        },
        { id: 'b', title: 'IS fighters surrender', start: '2018-02-13', actors: ['Hay’at Tahrir al-Sham'] },
      ],
    }).events;
    const first = filterEvents(events, undefined, { text: 'duhur' }).map((e) => e.id);
    expect(first).toEqual(['a']);
    expect(filterEvents(events, undefined, { text: 'duhur' }).map((e) => e.id)).toEqual(first);
    expect(filterEvents(events, undefined, { text: 'TAHRIR  sham' }).map((e) => e.id)).toEqual(['b']);
  });
});
