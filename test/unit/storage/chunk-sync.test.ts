import { afterEach, describe, expect, it, vi } from 'vitest';
import { CHUNKS_PER_READ, ChunkSync } from '../../../src/storage/chunk-sync';

/** A BroadcastChannel that delivers at once, so a test decides exactly which notices arrive during a read. */
class InstantChannel {
  private static readonly groups = new Map<string, Set<InstantChannel>>();
  private readonly listeners: ((e: { data: unknown }) => void)[] = [];

  constructor(private readonly name: string) {
    const group = InstantChannel.groups.get(name) ?? new Set();
    group.add(this);
    InstantChannel.groups.set(name, group);
  }

  addEventListener(_type: 'message', listener: (e: { data: unknown }) => void): void {
    this.listeners.push(listener);
  }

  postMessage(data: unknown): void {
    for (const other of InstantChannel.groups.get(this.name) ?? []) {
      if (other !== this) for (const listener of other.listeners) listener({ data: structuredClone(data) });
    }
  }

  close(): void {
    InstantChannel.groups.get(this.name)?.delete(this);
  }
}

const range = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

describe('ChunkSync', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('takes the notices that arrived during a read in the next reads, at most CHUNKS_PER_READ chunks each, and catchUp waits for the last', async () => {
    vi.stubGlobal('BroadcastChannel', InstantChannel);
    const reads: number[][] = [];
    const applied: number[] = [];
    let releaseFirstRead = () => {};
    const firstReadReleased = new Promise<void>((resolve) => (releaseFirstRead = resolve));
    const reader = new ChunkSync(
      'sync-test',
      async (ids) => {
        reads.push(ids);
        if (reads.length === 1) await firstReadReleased;
        return ids.map((id) => ({ id, records: [] }));
      },
      (ids) => applied.push(...ids),
    );
    const writer = new ChunkSync('sync-test', async () => [], () => undefined);

    writer.announce(range(0, 15));
    expect(reads).toEqual([range(0, 15)]);
    for (let n = 1; n < 6; n++) writer.announce(range(n * 15, 15));
    let caughtUp = false;
    const done = reader.caughtUp(writer.syncPoint).then(() => (caughtUp = true));
    await Promise.resolve();
    expect(caughtUp).toBe(false);

    releaseFirstRead();
    await done;
    expect(reads.map((r) => r.length)).toEqual([15, 30, 30, 15]);
    expect(CHUNKS_PER_READ).toBe(40);
    expect(applied).toEqual(range(0, 90));
    reader.close();
    writer.close();
  });

  it('hears another context over a real BroadcastChannel', async () => {
    const name = `sync-test-${crypto.randomUUID()}`;
    const applied: number[] = [];
    const reader = new ChunkSync(name, async (ids) => ids.map((id) => ({ id, records: [] })), (ids) => applied.push(...ids));
    const writer = new ChunkSync(name, async () => [], () => undefined);
    writer.announce([3, 4]);
    await reader.caughtUp(writer.syncPoint);
    expect(applied).toEqual([3, 4]);
    reader.close();
    writer.close();
  });
});
