import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { eventIdFromHash, hashWithEvent } from '../../src/timeline/event-hash';

describe('event permalinks', () => {
  it('eventIdFromHash reads #event=<id>, alone or among other parameters', () => {
    expect(eventIdFromHash('#event=is-surrender-eastern-idlib')).toBe('is-surrender-eastern-idlib');
    expect(eventIdFromHash('#chapter=2&event=a%20b')).toBe('a b');
    expect(eventIdFromHash('')).toBeNull();
    expect(eventIdFromHash('#event=')).toBeNull();
    expect(eventIdFromHash('#intro')).toBeNull();
    expect(typeof eventIdFromHash('#event=%E0%A4%A')).toBe('string'); // malformed escapes never throw
  });

  it('hashWithEvent sets and clears the event, keeping other parameters', () => {
    expect(hashWithEvent('', 'x')).toBe('#event=x');
    expect(hashWithEvent('#chapter=2', 'x')).toBe('#chapter=2&event=x');
    expect(hashWithEvent('#chapter=2&event=x', null)).toBe('#chapter=2');
    expect(hashWithEvent('#event=x', null)).toBe('');
    expect(hashWithEvent('#intro', 'x')).toBe('#event=x');
  });

  it('hashWithEvent and eventIdFromHash round-trip any id', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (id) => {
        expect(eventIdFromHash(hashWithEvent('#a=1', id))).toBe(id);
      }),
    );
  });
});
