import { describe, expect, it } from 'vitest';
import { CHUNKS_PER_READ, ChunkSync } from '../../../src/storage/chunk-sync';

describe('ChunkSync', () => {
  it('reads what another context announces in reads of at most CHUNKS_PER_READ chunks, and catchUp waits for the last notice', async () => {
    const name = `sync-test-${Date.now()}`;
    const reads: number[][] = [];
    const applied: number[] = [];
    const reader = new ChunkSync(
      name,
      async (ids) => {
        reads.push(ids);
        await new Promise((r) => setTimeout(r, 20));
        return ids.map((id) => ({ id, records: [] }));
      },
      (ids) => applied.push(...ids),
    );
    const writer = new ChunkSync(name, async () => [], () => undefined);
    for (let n = 0; n < 6; n++) writer.announce(Array.from({ length: 15 }, (_, i) => n * 15 + i));
    await reader.caughtUp(writer.syncPoint);
    expect(applied.sort((a, b) => a - b)).toEqual(Array.from({ length: 90 }, (_, i) => i));
    expect(Math.max(...reads.map((r) => r.length))).toBeLessThanOrEqual(CHUNKS_PER_READ);
    expect(reads.length).toBeLessThan(6);
    reader.close();
    writer.close();
  });
});
