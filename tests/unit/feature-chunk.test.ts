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
});
