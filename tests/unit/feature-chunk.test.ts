import { describe, expect, it } from 'vitest';
import { FeatureChunk } from '../../src/timeline/feature-chunk';

function host() {
  let updates = 0;
  return {
    host: {
      addController() {},
      removeController() {},
      requestUpdate: () => void updates++,
      updateComplete: Promise.resolve(true),
    },
    updates: () => updates,
  };
}

describe('FeatureChunk: a part fetched the first time it is asked for', () => {
  it('is fetched once, however often it is asked for, and the host redraws when it arrives', async () => {
    const { host: h, updates } = host();
    let fetches = 0;
    const arrived: string[] = [];
    const part = new FeatureChunk(
      h,
      async () => {
        fetches++;
        return { name: 'vertical' };
      },
      (m) => arrived.push(m.name),
    );
    expect(part.module).toBeUndefined();
    expect(fetches).toBe(0);
    expect(part.want()).toBeUndefined();
    expect(part.want()).toBeUndefined();
    expect(part.settled).toBe(false);
    await part.loading;
    expect(fetches).toBe(1);
    expect(part.want()).toEqual({ name: 'vertical' });
    expect(part.settled).toBe(true);
    expect(arrived).toEqual(['vertical']);
    expect(updates()).toBe(1);
  });

  it('that fails to load lets the host draw without it, and never throws', async () => {
    const { host: h, updates } = host();
    const part = new FeatureChunk(h, () => Promise.reject(new Error('offline')));
    part.want();
    await part.loading;
    expect(part.failed).toBe(true);
    expect(part.settled).toBe(true);
    expect(part.want()).toBeUndefined();
    expect(part.loading).toBeUndefined();
    expect(updates()).toBe(1);
  });

  it('fetched ahead by someone else is used at once, with no wait and no second fetch', async () => {
    const { host: h, updates } = host();
    let fetches = 0;
    const ahead: { part?: { name: string } } = {};
    const arrived: string[] = [];
    const part = new FeatureChunk(
      h,
      async () => {
        fetches++;
        return { name: 'dense' };
      },
      (m) => arrived.push(m.name),
      () => ahead.part,
    );
    ahead.part = { name: 'dense' };
    expect(part.want()).toEqual({ name: 'dense' });
    expect(part.settled).toBe(true);
    expect(part.loading).toBeUndefined();
    expect(fetches).toBe(0);
    expect(arrived).toEqual(['dense']);
    expect(updates()).toBe(0);
  });

  it('asked for before the fetch ahead arrives, takes it when it does, and sees it arrive once', async () => {
    const { host: h } = host();
    const ahead: { part?: { name: string } } = {};
    const arrived: string[] = [];
    const part = new FeatureChunk(
      h,
      async () => ({ name: 'dense' }),
      (m) => arrived.push(m.name),
      () => ahead.part,
    );
    expect(part.want()).toBeUndefined();
    ahead.part = { name: 'dense' };
    expect(part.want()).toEqual({ name: 'dense' });
    await part.loading;
    expect(arrived).toEqual(['dense']);
  });

  it('fetched for later does not redraw the host when it arrives, unless a render also asked for it', async () => {
    const later = host();
    const ahead = new FeatureChunk(later.host, async () => ({ name: 'table' }));
    expect(ahead.want(true)).toBeUndefined();
    await ahead.loading;
    expect(ahead.want(true)).toEqual({ name: 'table' });
    expect(later.updates()).toBe(0);

    // A render that asks meanwhile drew without it: it must be drawn again.
    const missed = host();
    const part = new FeatureChunk(missed.host, async () => ({ name: 'table' }));
    part.want(true);
    part.want();
    part.want(true);
    await part.loading;
    expect(missed.updates()).toBe(1);
  });
});
