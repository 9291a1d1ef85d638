import { describe, expect, it } from 'vitest';
import { sourcesDisagree } from '../../src/details/accounts';
import { idlib2018 } from '../../src/data/idlib-2018';

const source = (account?: string) => ({ publisher: 'P', quote: 'Q', ...(account ? { account } : {}) });

describe('sourcesDisagree', () => {
  it('sourcesDisagree is true when two sources give different accounts', () => {
    expect(sourcesDisagree({ sources: [source('250 fighters'), source('400 fighters')] })).toBe(true);
    expect(sourcesDisagree({ sources: [source('400 fighters'), source('400 fighters')] })).toBe(false);
    expect(sourcesDisagree({ sources: [source('400 fighters'), source()] })).toBe(false);
  });

  it('sourcesDisagree is true for a disputed event with several sources, never for one source', () => {
    expect(sourcesDisagree({ confidence: 'disputed', sources: [source(), source()] })).toBe(true);
    expect(sourcesDisagree({ confidence: 'disputed', sources: [source('a')] })).toBe(false);
    expect(sourcesDisagree({})).toBe(false);
  });

  it('sourcesDisagree finds the surrender, where accounts say 250 or 400', () => {
    const surrender = idlib2018.events.find((e) => e.id === 'is-surrender-eastern-idlib')!;
    expect(surrender.sources!.some((s) => /250/.test(s.account ?? ''))).toBe(true);
    expect(sourcesDisagree(surrender)).toBe(true);
  });
});
