import { describe, expect, it } from 'vitest';
import { LOAD_ERROR_KINDS } from '../../src/timeline/load-dataset';
import { arabic } from '../../src/i18n/arabic';
import {
  categoryName,
  en,
  english,
  loadCatalogue,
  messagesFor,
  type Messages,
} from '../../src/i18n/messages';

const latin = (n: number) => String(n);
const joined = (items: string[]) => items.join(', ');

/** Arguments to call each message function with. */
const SAMPLES: Record<string, unknown[]> = {
  loadFailed: ['/data.json', 'HTTP 404'],
  problemsFound: [3],
  denseSummary: [12000],
  positionInView: [12, 12000],
  tableRows: [101, 200, 100000],
  problemAt: [3, 'bad-date', 'start', 'is not a date'],
  eventsLeftOut: [3],
  moreProblems: [9900],
  early: ['February 2018'],
  mid: ['February 2018'],
  late: ['February 2018'],
  around: ['February 2018'],
  positionInCategory: [1, 3, 'surrender'],
  eventName: ['13 February 2018', 'claimed', 'IS fighters surrender', '1 of 3 in surrender'],
  summary: [
    35,
    '2017',
    '13 February 2018',
    [
      ['capture', 13],
      ['offensive', 9],
    ],
  ],
  selected: ['IS fighters surrender', '13 February 2018'],
  showing: [12, 35],
  windowShown: ['January – February 2018', 14],
  'details.sources': [9],
  'details.quotedVia': ['context-facts.md'],
  'details.readSource': ['Syria Direct'],
  'details.mediaCredit': ['Youtube via “Repel the Invaders.”'],
  'details.position': [29, 35],
  'overview.value': ['1 January 2018', '13 February 2018'],
  'swimlanes.count': [11],
  'swimlanes.shownUnder': [['IS', 'HTS']],
  reasonAndOutcome: ['is not text: 42', 'left out'],
};

/** Every message, with functions called on sample arguments, as [path, text]. */
function allTexts(words: Messages): [string, string][] {
  const out: [string, string][] = [];
  const visit = (path: string, value: unknown) => {
    if (typeof value === 'string') out.push([path, value]);
    else if (typeof value === 'function') {
      // Every problem reason gets the same sample values: a quoted value, counts, a new id.
      const args =
        path.startsWith('.problemReasons.') || path.startsWith('problemReasons.')
          ? [
              {
                value: '"2018-02-30"',
                count: 1200,
                limit: 500,
                replacement: '"event-3"',
                start: '"2018-02-13"',
                error: 'gone',
              },
            ]
          : SAMPLES[path];
      if (!args) throw new Error(`no sample arguments for ${path}`);
      out.push([path, String((value as (...a: unknown[]) => unknown)(...args))]);
    } else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) visit(`${path}.${k}`, v);
  };
  // loadReasons: English gives the loader's detailed reasons instead (tested below).
  for (const [k, v] of Object.entries(words)) if (k !== 'categoryNames' && k !== 'loadReasons') visit(k, v);
  return out;
}

describe('message catalogues', () => {
  it('English and Arabic have exactly the same messages, none empty', () => {
    const enTexts = allTexts(english(latin, joined));
    const arTexts = allTexts(arabic(latin, joined));
    expect(arTexts.map(([path]) => path)).toEqual(enTexts.map(([path]) => path));
    for (const [path, text] of [...enTexts, ...arTexts]) expect(text.trim(), path).not.toBe('');
  });

  it('Arabic says why a load failed for every kind of failure; English keeps the detailed reason', () => {
    const reasons = arabic(latin, joined).loadReasons;
    for (const kind of LOAD_ERROR_KINDS) expect(reasons[kind], kind).toMatch(/[\u0600-\u06FF]/);
    expect(english(latin, joined).loadReasons).toEqual({});
  });

  it('the Arabic catalogue is written in Arabic, not left in English', () => {
    for (const [path, text] of allTexts(arabic(latin, joined))) {
      // Sentences that only join the caller's words (an event's name) carry the Arabic comma.
      expect(text, path).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('loadCatalogue("ar") loads Arabic on demand: English until it is here, Arabic after', async () => {
    expect(loadCatalogue('en-GB')).toBeUndefined();
    expect(loadCatalogue('fr')).toBeUndefined();
    const loading = loadCatalogue('ar-SY');
    expect(loading).toBeInstanceOf(Promise);
    expect(messagesFor('ar-SY').eventsLabel).toBe('Events');
    await loading;
    expect(messagesFor('ar-SY').eventsLabel).not.toBe('Events');
    expect(messagesFor('ar-SY').eventsLabel).toBe(arabic(latin, joined).eventsLabel);
    expect(loadCatalogue('ar')).toBeUndefined();
  });

  it('messagesFor("ar-u-nu-arab") counts in Arabic-Indic digits with Arabic number agreement', async () => {
    await loadCatalogue('ar');
    const words = messagesFor('ar-u-nu-arab');
    expect(words.positionInCategory(1, 3, 'استسلام')).toBe('١ من ٣ في استسلام');
    expect(words.showing(12, 35)).toBe('يُعرض ١٢ من أصل ٣٥ حدثًا.');
    expect(words.showing(2, 5)).toBe('يُعرض ٢ من أصل ٥ أحداث.');
    expect(words.problemsFound(1)).toBe('وُجدت مشكلة واحدة في البيانات.');
    expect(words.problemsFound(2)).toBe('وُجدت مشكلتان في البيانات.');
  });

  it('messagesFor falls back to English for a language without a catalogue, with its digits', () => {
    expect(messagesFor('fr').eventsLabel).toBe('Events');
    expect(messagesFor('en').problemsFound(1)).toBe('1 problem was found in the data.');
    expect(messagesFor('en').problemsFound(1200)).toBe('1,200 problems were found in the data.');
    expect(messagesFor('not a locale').loading).toBe(en.loading);
  });

  it('messagesFor lets a page reword one message, or one entry of a group, and keeps the rest', () => {
    const words = messagesFor('en', {
      dismiss: 'Hide',
      confidence: { claimed: 'alleged' },
      categoryNames: { surrender: 'Surrenders' },
    });
    expect(words.dismiss).toBe('Hide');
    expect(words.confidence.claimed).toBe('alleged');
    expect(words.confidence.disputed).toBe('disputed');
    expect(categoryName(words, 'surrender')).toBe('Surrenders');
    expect(categoryName(words, 'capture')).toBe('capture');
    expect(words.loading).toBe(en.loading);
  });

  it('messagesFor ignores overrides of the wrong type or for unknown messages', () => {
    const words = messagesFor('en', { dismiss: 42, nonsense: 'x', loading: null } as never);
    expect(words.dismiss).toBe('Dismiss');
    expect(words.loading).toBe(en.loading);
    expect('nonsense' in words).toBe(false);
  });
});
