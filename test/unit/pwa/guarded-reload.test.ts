import { afterEach, describe, expect, it, vi } from 'vitest';
import { reloadOnceForStaleChunk } from '../../../src/pwa/guarded-reload';

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, v),
    removeItem: (k) => void m.delete(k),
    clear: () => m.clear(),
    key: () => null,
    length: 0,
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('reloadOnceForStaleChunk', () => {
  it('reloads once, then refuses within the minute so an offline page never loops', async () => {
    const reload = vi.fn();
    vi.stubGlobal('location', { reload });
    const storage = memoryStorage();
    expect(await reloadOnceForStaleChunk(storage)).toBe(true);
    expect(await reloadOnceForStaleChunk(storage)).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
