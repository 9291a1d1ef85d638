// The problems notice reads in the element's language: reasons come from the message catalogue
// by `problem.code`, while `problem.reason` (for programs and logs) stays English.
import { afterEach, describe, expect, it } from 'vitest';
import type { TimelineEventInput } from '../../src/data/types';
import { mountTimeline, unmountAll, untilDrawn } from './mount';

afterEach(unmountAll);

// Typed loosely on purpose: this is the bad data a page might pass.
const BAD = [
  { id: 'good', title: 'Good', start: '2018-02-13' },
  { id: 'bad-date', title: 'Bad', start: '2018-02-30' },
  { id: 'odd', title: 'Odd', start: '2018', colour: 'red', summary: [] },
] as unknown as TimelineEventInput[];

/** The lines of the problems notice, opened as a reader would, with bidi isolates taken out. */
async function noticeLines(root: ShadowRoot): Promise<string[]> {
  root.querySelector<HTMLElement>('.notice.problems summary')!.click();
  return [...root.querySelectorAll('.notice.problems li')].map((li) =>
    li
      .textContent!.replace(/[\u2066-\u2069]/g, '')
      .replace(/\s+/g, ' ')
      .trim(),
  );
}

describe('problems notice language', () => {
  it('in English, each line gives the event, the field and the reason', async () => {
    const timeline = mountTimeline({ events: BAD });
    const root = await untilDrawn(timeline, (r) => r.querySelector('.notice.problems') !== null);
    expect(await noticeLines(root)).toEqual([
      'Event 1 (bad-date), start: is not a real date: "2018-02-30" (not drawn)',
      'Event 2 (odd), colour: is not a known field; ignored',
      'Event 2 (odd), summary: is not text: a list; left out',
    ]);
  });

  it('with locale="ar", the reasons and what was done read in Arabic; values, ids and fields stay as the data has them', async () => {
    const timeline = mountTimeline({ events: BAD, attributes: { locale: 'ar' } });
    const root = await untilDrawn(timeline, (r) => r.querySelector('.notice.problems') !== null);
    expect(await noticeLines(root)).toEqual([
      'الحدث ١ (bad-date)، start: ليس تاريخًا حقيقيًا: "2018-02-30" (لم يُرسم)',
      'الحدث ٢ (odd)، colour: ليس حقلًا معروفًا؛ أُهمل',
      'الحدث ٢ (odd)، summary: ليس نصًا: قائمة؛ استُبعد',
    ]);
    // The data's own value is isolated, so its direction cannot reorder the Arabic around it.
    expect(root.querySelector('.notice.problems li')!.textContent).toContain('\u2068"2018-02-30"\u2069');
    // Programs still get the codes and English reasons.
    expect(timeline.problems.map((p) => p.code)).toEqual(['not-a-real-date', 'unknown-field', 'not-text']);
    expect(timeline.problems[0]!.reason).toBe('is not a real date: "2018-02-30"');
  });

  it('a page can give its own words for a reason, through messages', async () => {
    const timeline = mountTimeline({ events: BAD });
    timeline.messages = {
      problemReasons: { 'not-a-real-date': (v) => `there is no such day as ${v.value}` },
    };
    const root = await untilDrawn(timeline, (r) => r.querySelector('.notice.problems') !== null);
    const [first, second] = await noticeLines(root);
    expect(first).toBe('Event 1 (bad-date), start: there is no such day as "2018-02-30" (not drawn)');
    expect(second).toBe('Event 2 (odd), colour: is not a known field; ignored');
  });
});
