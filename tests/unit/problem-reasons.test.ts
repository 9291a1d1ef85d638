import { beforeAll, describe, expect, it } from 'vitest';
import { PROBLEM_CODES, PROBLEM_OUTCOMES, VALUE_KINDS } from '../../src/data/problem-codes';
import { validateDataset } from '../../src/data/validate';
import { MAX_URL_LENGTH } from '../../src/data/safe-url';
import { readPeriods } from '../../src/data/periods';
import { en, loadCatalogue, messagesFor, type Messages } from '../../src/i18n/messages';
import { problemReason } from '../../src/i18n/problem-reasons';
import type { Problem } from '../../src/data/types';

// The Arabic catalogue loads on demand, as in a page.
let ar: Messages;
beforeAll(async () => {
  await loadCatalogue('ar');
  await loadCatalogue('ar-u-nu-arab');
  ar = messagesFor('ar');
});
const ARABIC_LETTER = /[\u0621-\u064A]/;

/** A dataset with one of nearly everything that can be wrong with one. */
const BAD_EVENTS: unknown[] = [
  { id: 'ok', title: 'Fine', start: '2018-02-13' },
  { id: 'ok', title: 'Repeated id', start: '2018' },
  { title: 'No id', start: '2018' },
  { id: '  ', title: 'Blank id', start: '2018' },
  { id: 7, title: 'Numeric id', start: '2018' },
  'not an event',
  { id: 'unknown', title: 'Unknown field', start: '2018', colour: 'red' },
  { id: 'long-title', title: 'x'.repeat(600), start: '2018' },
  { id: 'no-title', start: '2018' },
  { id: 'title-number', title: 42, start: '2018' },
  { id: 'no-start', title: 'No start' },
  { id: 'bad-date', title: 'Bad date', start: '13/02/2018' },
  { id: 'unreal-date', title: 'Unreal', start: '2018-02-30' },
  { id: 'year-zero', title: 'Year zero', start: '0000' },
  { id: 'backwards', title: 'Backwards', start: '2018-02-13', end: '2018-02-12' },
  { id: 'approx', title: 'Approx', start: '2018', approximate: 'yes' },
  { id: 'confidence', title: 'Confidence', start: '2018', confidence: 'likely' },
  { id: 'summary', title: 'Summary', start: '2018', summary: 42 },
  { id: 'actors', title: 'Actors', start: '2018', actors: 'IS' },
  { id: 'actor', title: 'Actor', start: '2018', actors: [42] },
  { id: 'places', title: 'Places', start: '2018', places: 'Idlib' },
  {
    id: 'place',
    title: 'Place',
    start: '2018',
    places: [
      'Idlib',
      { name: '' },
      { name: 'A', lat: 1 },
      { name: 'B', lat: 100, lon: 1 },
      { name: 'C', lat: 1, lon: 200 },
    ],
  },
  { id: 'sources', title: 'Sources', start: '2018', sources: {} },
  {
    id: 'source',
    title: 'Source',
    start: '2018',
    sources: [
      42,
      { quote: 'q' },
      { publisher: 'p' },
      {},
      { publisher: 'p', quote: 'q', url: 'javascript:alert(1)' },
      { publisher: 'p', quote: 'q', url: `https://a.example/${'x'.repeat(MAX_URL_LENGTH)}` },
      { publisher: 'p', quote: 'q', date: 'yesterday' },
    ],
  },
  { id: 'media', title: 'Media', start: '2018', media: 'picture.jpg' },
  { id: 'medium', title: 'Medium', start: '2018', media: [null, { url: 'https://a.example/p.jpg' }] },
  {
    id: 'noisy',
    title: 'Noisy',
    start: '2018',
    ...Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`extra${i}`, i])),
  },
  new Proxy(
    {},
    {
      get() {
        throw new Error('gone');
      },
      ownKeys() {
        throw new Error('gone');
      },
    },
  ),
];

function everyProblem(): Problem[] {
  return [
    ...validateDataset(BAD_EVENTS).problems,
    ...validateDataset(null).problems,
    ...validateDataset({}).problems,
    ...validateDataset({ events: 'none' }).problems,
    ...readPeriods({ periods: 'none' }).problems,
    ...readPeriods({ periods: [42, { start: '2018' }, { title: 'P', start: 'soon' }] }).problems,
  ];
}

describe('problem codes and reasons', () => {
  it('every reason code, outcome and value kind has words in English and in Arabic', () => {
    for (const words of [en, ar]) {
      for (const code of PROBLEM_CODES) expect(typeof words.problemReasons[code], code).toBe('function');
      for (const outcome of PROBLEM_OUTCOMES) expect(words.problemOutcomes[outcome], outcome).toBeTruthy();
      for (const kind of VALUE_KINDS) expect(words.valueKinds[kind], kind).toBeTruthy();
    }
    const values = { value: '"x"', count: 3, limit: 2, replacement: '"y"', start: '"z"', error: 'gone' };
    for (const code of PROBLEM_CODES) {
      const english = en.problemReasons[code](values);
      const arabic = ar.problemReasons[code](values);
      expect(english, code).toMatch(/^[\x20-\x7E…]+$/);
      expect(arabic, code).toMatch(ARABIC_LETTER);
      // Both say the value at fault where the English does.
      if (english.includes('"x"')) expect(arabic, code).toContain('"x"');
      if (english.includes('"y"')) expect(arabic, code).toContain('"y"');
    }
    for (const outcome of PROBLEM_OUTCOMES)
      expect(ar.problemOutcomes[outcome], outcome).toMatch(ARABIC_LETTER);
  });

  it('validateDataset and readPeriods give every problem a code; every code is used', () => {
    const problems = everyProblem();
    for (const p of problems) expect(PROBLEM_CODES, `${p.field}: ${p.reason}`).toContain(p.code);
    const used = new Set(problems.map((p) => p.code));
    expect(PROBLEM_CODES.filter((c) => !used.has(c))).toEqual([]);
  });

  it('problem.reason is the English catalogue’s reason, so the notice and the property agree', () => {
    for (const p of everyProblem()) expect(problemReason(en, p), p.code).toBe(p.reason);
  });

  it('the same problem reads in Arabic from its code and values, the value quoted as the data wrote it', () => {
    const [problem] = validateDataset([{ id: 'x', title: 'X', start: '2018-02-30' }]).problems;
    expect(problem).toMatchObject({
      index: 0,
      id: 'x',
      field: 'start',
      code: 'not-a-real-date',
      severity: 'error',
    });
    expect(problem!.reason).toBe('is not a real date: "2018-02-30"');
    expect(problemReason(ar, problem!)).toBe('ليس تاريخًا حقيقيًا: "2018-02-30"');
    const [end] = validateDataset([{ id: 'y', title: 'Y', start: '2018', end: 'soon' }]).problems;
    expect(problemReason(ar, end!)).toBe(
      'ليس تاريخًا: "soon" (استخدم YYYY أو YYYY-MM أو YYYY-MM-DD)؛ أُهمل تاريخ النهاية',
    );
    // A value that cannot be quoted is named in the reader's language.
    const [list] = validateDataset([{ id: 'z', title: 'Z', start: '2018', summary: [] }]).problems;
    expect(list!.values).toEqual({ valueKind: 'list' });
    expect(problemReason(ar, list!)).toBe('ليس نصًا: قائمة؛ استُبعد');
  });

  it('Arabic counts use Arabic-Indic digits and number agreement', () => {
    const words = messagesFor('ar-u-nu-arab');
    const more = (count: number) =>
      problemReason(words, { code: 'more-problems', values: { count }, outcome: 'not-listed', reason: '' });
    expect(more(1)).toBe('فيه مشكلة أخرى من الأنواع المذكورة أعلاه؛ لم تُدرج هنا');
    expect(more(2)).toBe('فيه مشكلتان أخريان من الأنواع المذكورة أعلاه؛ لم تُدرج هنا');
    expect(more(5)).toBe('فيه ٥ مشكلات أخرى من الأنواع المذكورة أعلاه؛ لم تُدرج هنا');
    expect(more(9950)).toBe('فيه ٩٬٩٥٠ مشكلةً أخرى من الأنواع المذكورة أعلاه؛ لم تُدرج هنا');
  });

  it('a page can reword one reason, and the rest stay', () => {
    const words = messagesFor('en', {
      problemReasons: { 'not-a-real-date': (v) => `no such day: ${v.value}` },
    });
    const [problem] = validateDataset([{ id: 'x', title: 'X', start: '2018-02-30' }]).problems;
    expect(problemReason(words, problem!)).toBe('no such day: "2018-02-30"');
    const [other] = validateDataset([{ id: 'x', title: 'X', start: '13/02/2018' }]).problems;
    expect(problemReason(words, other!)).toBe(other!.reason);
  });

  it('quoted values go through the quote function (the notice isolates them), the words do not', () => {
    const [problem] = validateDataset([{ id: 'x', title: 'X', start: '2018-02-30' }]).problems;
    expect(problemReason(ar, problem!, (t) => `[${t}]`)).toBe('ليس تاريخًا حقيقيًا: ["2018-02-30"]');
  });

  it('a problem without a known code (made by other code) keeps its own reason', () => {
    const made = {
      code: 'made-up',
      reason: 'is odd',
      index: 0,
      field: 'x',
      severity: 'warning',
    } as unknown as Problem;
    expect(problemReason(ar, made)).toBe('is odd');
  });
});
