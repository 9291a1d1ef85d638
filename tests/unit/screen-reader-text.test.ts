import { describe, expect, it } from 'vitest';
import { idlib2018 } from '../../src/data/idlib-2018';
import { loadCatalogue, messagesFor } from '../../src/i18n/messages';
import {
  accessibleName,
  categoryPositions,
  nameInView,
  OPTION_NAMES_KEPT,
  OptionNames,
} from '../../src/timeline/accessible-name';
import { validateDataset } from '../../src/data/validate';
import { syntheticEvents } from '../../src/data/synthetic';
import { indexEvents } from '../../src/layout/event-index';
import { describeTimeline } from '../../src/timeline/summary';
import {
  filterAnnouncement,
  selectionAnnouncement,
  windowAnnouncement,
} from '../../src/timeline/announcements';
import { sortByDate } from '../../src/timeline/event-table';

const events = idlib2018.events;
const byId = (id: string) => events.find((e) => e.id === id)!;
const positions = categoryPositions(events);
const english = messagesFor('en-GB');
// Arabic loads on demand (only pages that need it download it).
await loadCatalogue('ar');
const arabic = messagesFor('ar-u-nu-arab', { categoryNames: { surrender: 'استسلام' } });

describe('accessibleName', () => {
  it('accessibleName reads as a sentence: date, confidence, title, place in its category', () => {
    const e = byId('is-surrender-eastern-idlib');
    expect(accessibleName(e, positions.get(e.id)!, english, 'en-GB')).toBe(
      '13 February 2018, disputed: IS fighters in rural eastern Idlib surrender to rebels, 1 of 2 in surrender',
    );
  });

  it('accessibleName says a vague date and an unconfirmed claim in words', () => {
    const vague = byId('army-clears-is-pocket');
    expect(accessibleName(vague, positions.get(vague.id)!, english, 'en-GB')).toMatch(
      /^early February 2018, disputed: /,
    );
    const claim = byId('palmyra-recaptured');
    expect(accessibleName(claim, positions.get(claim.id)!, english, 'en-GB')).toMatch(
      /^2 March 2017, claimed: /,
    );
  });

  it('accessibleName in Arabic: Arabic title, Arabic-Indic digits, the page’s category name', () => {
    const e = byId('is-surrender-eastern-idlib');
    expect(accessibleName(e, positions.get(e.id)!, arabic, 'ar-u-nu-arab')).toBe(
      '١٣ فبراير ٢٠١٨، متنازع عليه: استسلام مقاتلي تنظيم الدولة في ريف إدلب الشرقي لفصائل المعارضة، ١ من ٢ في استسلام',
    );
  });
});

describe('nameInView', () => {
  it('nameInView says the event as accessibleName does, then its place among the events in view', () => {
    const e = byId('is-surrender-eastern-idlib');
    expect(nameInView(e, [3, 1200], english, 'en-GB')).toBe(
      '13 February 2018, disputed: IS fighters in rural eastern Idlib surrender to rebels, event 3 of 1,200 in view',
    );
  });

  it('nameInView keeps a category whose name has a comma out of the name', () => {
    const e = { ...byId('is-surrender-eastern-idlib'), category: 'raids, ambushes' };
    expect(nameInView(e, [1, 2], english, 'en-GB')).toMatch(/rebels, event 1 of 2 in view$/);
  });

  it('nameInView in Arabic: Arabic commas, and no place in the category beside the place in view', () => {
    const e = byId('is-surrender-eastern-idlib');
    expect(nameInView(e, [3, 1200], arabic, 'ar-u-nu-arab')).toBe(
      '١٣ فبراير ٢٠١٨، متنازع عليه: استسلام مقاتلي تنظيم الدولة في ريف إدلب الشرقي لفصائل المعارضة، الحدث ٣ من ١٬٢٠٠ في الفترة المعروضة',
    );
  });
});

describe('describeTimeline', () => {
  it('describeTimeline gives the span, the number of events and every category with its count', () => {
    const text = describeTimeline(events, english, 'en-GB');
    expect(text).toMatch(/^35 events from 2017 to 13 February 2018, in 7 categories: /);
    expect(text).toContain('capture (13)');
    expect(text).toContain('media (1)');
  });

  it('describeTimeline is empty for no events, and singular for one', () => {
    expect(describeTimeline([], english, 'en')).toBe('');
    expect(describeTimeline([byId('palmyra-recaptured')], english, 'en-GB')).toBe(
      '1 event from 2 March 2017 to 2 March 2017, in 1 category: capture (1).',
    );
  });
});

describe('announcements', () => {
  it('selectionAnnouncement names the event and its date, or says the selection was cleared', () => {
    expect(selectionAnnouncement(byId('palmyra-recaptured'), english, 'en-GB')).toBe(
      'Selected: Syrian army says it has retaken Palmyra, 2 March 2017.',
    );
    expect(selectionAnnouncement(null, english, 'en-GB')).toBe('Selection cleared.');
  });

  it('filterAnnouncement and windowAnnouncement say what is shown, in one short sentence', () => {
    expect(filterAnnouncement(12, 35, english)).toBe('Showing 12 of 35 events.');
    const window: [number, number] = [Date.UTC(2018, 0, 1), Date.UTC(2018, 1, 14)];
    // Intl puts thin spaces around the range dash.
    expect(windowAnnouncement(window, 14, english, 'en-GB').replace(/\s/g, ' ')).toBe(
      'Showing 1 January – 13 February 2018: 14 events.',
    );
    expect(windowAnnouncement(window, 14, arabic, 'ar-u-nu-arab')).toMatch(/^يُعرض .*٢٠١٨: ١٤ حدثًا\.$/);
  });
});

describe('sortByDate', () => {
  it('sortByDate orders by start, then as the timeline steps; descending is the exact reverse', () => {
    const ascending = sortByDate([...events].reverse(), 'ascending');
    expect(ascending.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(sortByDate(events, 'descending').map((e) => e.id)).toEqual(ascending.map((e) => e.id).reverse());
  });
});

describe('OptionNames', () => {
  it('OptionNames gives each event the name and place categoryPositions and the list give it, ties and all', () => {
    const many = validateDataset(syntheticEvents(3000, 9)).events;
    const index = indexEvents(many);
    const places = categoryPositions(many);
    const names = new OptionNames().for(index, english, 'en-GB');
    // In an order of its own, not the list's: each answer stands alone.
    for (const at of [...many.keys()].sort((a, b) => ((a * 7919) % 3001) - ((b * 7919) % 3001))) {
      const event = many[at]!;
      expect(names.of(event)).toEqual([
        accessibleName(event, places.get(event.id)!, english, 'en-GB'),
        at + 1,
        many.length,
      ]);
    }
  });

  it('OptionNames starts again for another index (a filter), words or locale', () => {
    const all = validateDataset(syntheticEvents(200, 4)).events;
    const names = new OptionNames();
    const some = all.filter((e) => e.category === all[0]!.category);
    const last = some.at(-1)!;
    expect(names.for(indexEvents(all), english, 'en-GB').of(last)[1]).toBe(all.indexOf(last) + 1);
    expect(names.for(indexEvents(some), english, 'en-GB').of(last)).toEqual([
      accessibleName(last, [some.length, some.length], english, 'en-GB'),
      some.length,
      some.length,
    ]);
  });

  it('OptionNames.prepare names an event ahead only for the index, words and locale last given', () => {
    const all = validateDataset(syntheticEvents(200, 4)).events;
    const some = all.filter((e) => e.category === all[0]!.category);
    const [allIndex, someIndex] = [indexEvents(all), indexEvents(some)];
    const names = new OptionNames().for(someIndex, english, 'en-GB');
    const kept = (names as unknown as { _names: Map<string, string> })._names;
    const last = some.at(-1)!;
    // Asked ahead for the whole list while a filtered one is drawn: nothing is written.
    names.prepare(allIndex, english, 'en-GB', last);
    names.prepare(someIndex, english, 'en-US', last);
    expect(kept.size).toBe(0);
    names.prepare(someIndex, english, 'en-GB', last);
    expect(kept.get(last.id)).toBe(accessibleName(last, [some.length, some.length], english, 'en-GB'));
    expect(names.of(last)[0]).toBe(kept.get(last.id));
    expect(names.for(allIndex, english, 'en-GB').of(last)[1]).toBe(all.indexOf(last) + 1);
  });

  it(`OptionNames keeps at most ${OPTION_NAMES_KEPT.toLocaleString('en')} names, the most recently asked for, and names a forgotten event as before`, () => {
    const many = validateDataset(syntheticEvents(OPTION_NAMES_KEPT + 500, 3)).events;
    const names = new OptionNames().for(indexEvents(many), english, 'en-GB');
    const kept = (names as unknown as { _names: Map<string, string> })._names;
    const first = names.of(many[0]!);
    for (const event of many) names.of(event);
    expect(kept.size).toBe(OPTION_NAMES_KEPT);
    // The first asked for are forgotten, the last kept; one asked for again moves to the end.
    expect(kept.has(many[0]!.id)).toBe(false);
    expect(kept.has(many.at(-1)!.id)).toBe(true);
    const early = many[many.length - OPTION_NAMES_KEPT]!;
    names.of(early);
    expect(names.of(many[0]!)).toEqual(first);
    expect(kept.has(early.id)).toBe(true);
    expect(kept.has(many[many.length - OPTION_NAMES_KEPT + 1]!.id)).toBe(false);
    expect(kept.size).toBe(OPTION_NAMES_KEPT);
  });
});
