import { describe, expect, it } from 'vitest';
import { lazyModel } from '../../../src/context/lazy-model';

describe('lazyModel', () => {
  it('builds the model on first use only, and hands out the same instance after', async () => {
    let builds = 0;
    const lazy = lazyModel(async () => ({ id: ++builds }));
    expect(builds).toBe(0);
    expect(lazy.current).toBeNull();
    const [a, b] = await Promise.all([lazy(), lazy()]);
    expect(a).toBe(b);
    expect(await lazy()).toBe(a);
    expect(lazy.current).toBe(a);
    expect(builds).toBe(1);
  });

  it('tries again on the next use when the chunk failed to load', async () => {
    let attempts = 0;
    const lazy = lazyModel(async () => {
      if (++attempts === 1) throw new Error('offline');
      return 'model';
    });
    await expect(lazy()).rejects.toThrow('offline');
    expect(lazy.current).toBeNull();
    expect(await lazy()).toBe('model');
    expect(attempts).toBe(2);
  });
});
