import { describe, expect, it } from 'vitest';
import { idlib2018 } from '../../src/data/idlib-2018';
import { filterEvents, matchesText } from '../../src/layout/event-filter';

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
