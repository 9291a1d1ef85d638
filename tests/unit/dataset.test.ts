/// <reference types="node" />
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { idlib2018Input } from '../../src/data/idlib-2018';
import { CONFIDENCES } from '../../src/data/types';

// Copies of the two source texts, committed with the data so the check runs in any clone.
const article = readFileSync(
  new URL('../../data/sources/syria-direct-2018-02-13.txt', import.meta.url),
  'utf8',
);
const facts = readFileSync(new URL('../../data/sources/context-facts.md', import.meta.url), 'utf8');

const ARTICLE_TITLE =
  'IS forces surrender last pocket of control in eastern Idlib to rebels, opposition spokesmen say';
const FACT_SHEET = 'context-facts.md';
const CATEGORIES = ['offensive', 'capture', 'surrender', 'alliance', 'declaration', 'territory', 'media'];
const PARTIAL_ISO = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const events = idlib2018Input.events;

/** True when a partial ISO date names a real year, month or day. */
function isRealDate(text: string): boolean {
  if (!PARTIAL_ISO.test(text)) return false;
  const [y, m, d] = text.split('-').map(Number);
  if (d === undefined) return true;
  const date = new Date(Date.UTC(y!, m! - 1, d));
  return date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

/** The first day a partial date covers, as YYYY-MM-DD. */
function firstDay(text: string): string {
  if (text.length === 4) return `${text}-01-01`;
  if (text.length === 7) return `${text}-01`;
  return text;
}

/** The last day a partial date covers, as YYYY-MM-DD (dates are inclusive). */
function lastDay(text: string): string {
  if (text.length === 4) return `${text}-12-31`;
  if (text.length === 7) {
    const [y, m] = text.split('-').map(Number);
    const days = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
    return `${text}-${String(days).padStart(2, '0')}`;
  }
  return text;
}

describe('idlib-2018 dataset', () => {
  it('has the expected size and a title', () => {
    expect(idlib2018Input.title).toBeTruthy();
    expect(events.length).toBeGreaterThanOrEqual(35);
    expect(events.length).toBeLessThanOrEqual(45);
  });

  it('gives every event at least one source with a non-empty quote', () => {
    for (const e of events) {
      expect(e.sources?.length, e.id).toBeGreaterThan(0);
      for (const s of e.sources ?? []) {
        expect(s.publisher.trim(), e.id).not.toBe('');
        expect(s.quote.trim(), e.id).not.toBe('');
      }
    }
  });

  it('quotes the Syria Direct article and the fact sheet word for word', () => {
    for (const e of events) {
      for (const s of e.sources ?? []) {
        const quote = s.quote.trim();
        if (s.via?.includes(FACT_SHEET)) {
          expect(facts.includes(quote), `${e.id}: not in context-facts.md: ${quote}`).toBe(true);
        } else {
          // Every other source is the article itself.
          expect(s.publisher, e.id).toBe('Syria Direct');
          expect(s.title, e.id).toBe(ARTICLE_TITLE);
          expect(s.date, e.id).toBe('2018-02-13');
          expect(s.url, e.id).toBeUndefined();
          expect(article.includes(quote), `${e.id}: not in the article: ${quote}`).toBe(true);
        }
      }
    }
  });

  it('copies photo captions exactly from the article', () => {
    const media = events.flatMap((e) => e.media ?? []);
    expect(media.length).toBe(2);
    for (const m of media) {
      expect(article.includes(m.caption), m.caption).toBe(true);
      expect(m.credit && article.includes(m.credit), m.caption).toBe(true);
    }
  });

  it('has unique, kebab-case ids and short titles', () => {
    const ids = events.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of events) {
      expect(e.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(e.title.length, e.id).toBeLessThanOrEqual(70);
    }
  });

  it('uses partial ISO dates within 2017-01-01 … 2018-02-13, with end not before start', () => {
    for (const e of events) {
      expect(isRealDate(e.start), `${e.id} start ${e.start}`).toBe(true);
      if (e.end !== undefined) {
        expect(isRealDate(e.end), `${e.id} end ${e.end}`).toBe(true);
        expect(lastDay(e.end) >= firstDay(e.start), `${e.id}: end before start`).toBe(true);
      }
      expect(firstDay(e.start) >= '2017-01-01', `${e.id} starts too early`).toBe(true);
      expect(lastDay(e.end ?? e.start) <= '2018-02-13', `${e.id} ends too late`).toBe(true);
      for (const s of e.sources ?? []) {
        if (s.date !== undefined) expect(isRealDate(s.date), `${e.id} source date ${s.date}`).toBe(true);
      }
    }
  });

  it('is sorted by start', () => {
    const starts = events.map((e) => firstDay(e.start));
    expect(starts).toEqual([...starts].sort());
  });

  it('uses the four confidences and the fixed categories only', () => {
    for (const e of events) {
      expect(CONFIDENCES, e.id).toContain(e.confidence);
      expect(CATEGORIES, e.id).toContain(e.category);
    }
  });

  it('links only to https URLs', () => {
    for (const e of events) {
      for (const s of e.sources ?? []) {
        if (s.url !== undefined) expect(new URL(s.url).protocol, e.id).toBe('https:');
      }
      for (const m of e.media ?? []) {
        if (m.url !== undefined) expect(new URL(m.url).protocol, e.id).toBe('https:');
      }
    }
  });

  it('gives valid coordinates where it gives any', () => {
    for (const e of events) {
      for (const p of e.places ?? []) {
        expect(p.lat === undefined, `${e.id} ${p.name}`).toBe(p.lon === undefined);
        if (p.lat !== undefined) {
          expect(Math.abs(p.lat)).toBeLessThanOrEqual(90);
          expect(Math.abs(p.lon!)).toBeLessThanOrEqual(180);
        }
      }
    }
  });
});
