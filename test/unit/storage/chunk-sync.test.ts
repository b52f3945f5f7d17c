import { afterEach, describe, expect, it, vi } from 'vitest';
import { CATCH_UP_CHUNKS_PER_READ, ChunkSync } from '../../../src/storage/chunk-sync';

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

  it('takes the notices that arrived during a read in the next reads, at most CATCH_UP_CHUNKS_PER_READ chunks each, and catchUp waits for the last', async () => {
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

    writer.announce(range(0, 3));
    expect(reads).toEqual([range(0, 3)]);
    for (let n = 1; n < 6; n++) writer.announce(range(n * 3, 3));
    let caughtUp = false;
    const done = reader.caughtUp(writer.syncPoint).then(() => (caughtUp = true));
    await Promise.resolve();
    expect(caughtUp).toBe(false);

    releaseFirstRead();
    await done;
    expect(CATCH_UP_CHUNKS_PER_READ).toBe(8);
    expect(reads.map((r) => r.length)).toEqual([3, 6, 6, 3]);
    expect(applied).toEqual(range(0, 18));
    reader.close();
    writer.close();
  });

  it('reads a notice of many chunks (an import, a restore) in pieces, one at a time, each applied before the next is read', async () => {
    vi.stubGlobal('BroadcastChannel', InstantChannel);
    const log: string[] = [];
    let reading = 0;
    const reader = new ChunkSync(
      'sync-test',
      async (ids) => {
        reading++;
        log.push(`read ${ids.length}${reading > 1 ? ' while another read runs' : ''}`);
        await new Promise((resolve) => setTimeout(resolve, 0));
        reading--;
        return ids.map((id) => ({ id, records: [] }));
      },
      (ids) => log.push(`apply ${ids[0]}–${ids.at(-1)}`),
    );
    const writer = new ChunkSync('sync-test', async () => [], () => undefined);

    writer.announce(range(0, 20));
    await reader.caughtUp(writer.syncPoint).then(() => log.push('caught up'));
    expect(log).toEqual(['read 8', 'apply 0–7', 'read 8', 'apply 8–15', 'read 4', 'apply 16–19', 'caught up']);
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
