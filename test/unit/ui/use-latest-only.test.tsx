import { renderHook } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { useLatestOnly } from '../../../src/ui/use-latest-only';

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('useLatestOnly', () => {
  it('drops an earlier answer that arrives after a later one, and keeps each answer when they do not overlap', async () => {
    const { result } = renderHook(() => useLatestOnly());
    const used: string[] = [];
    const first = deferred<string>();
    const second = deferred<string>();
    const a = result.current(first.promise, (v) => used.push(v));
    const b = result.current(second.promise, (v) => used.push(v));
    second.resolve('second');
    await b;
    first.resolve('first');
    await a;
    expect(used).toEqual(['second']);
    await result.current(Promise.resolve('third'), (v) => used.push(v));
    expect(used).toEqual(['second', 'third']);
  });
});
