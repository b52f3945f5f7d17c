import { describe, expect, it } from 'vitest';
import { withSearchText } from '../../../src/domain/organisation-search-text';
import { ChunkMap } from '../../../src/storage/chunk-map';
import { CHUNK_SIZE } from '../../../src/storage/db';
import { makeOrg } from './org-fixture';

const rec = (id: string) => withSearchText(makeOrg({ id, name: `Tổ chức ${id}` }));
const ids = (n: number, prefix: string) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const placed = (placement: Map<number, { id: string }[]>) => [...placement].map(([chunk, list]) => [chunk, list.map((r) => r.id)]);

describe('ChunkMap', () => {
  it('knows the chunk of each record it absorbed', () => {
    const map = new ChunkMap();
    map.absorb({ id: 1, records: [rec('a'), rec('b')] });
    map.absorb({ id: 2, records: [rec('c')] });
    expect([map.chunkIdOf('a'), map.chunkIdOf('b'), map.chunkIdOf('c'), map.chunkIdOf('x')]).toEqual([1, 1, 2, undefined]);
    expect(map.chunkIds()).toEqual([1, 2]);
    expect([...map.records.keys()]).toEqual(['a', 'b', 'c']);
  });

  it('takes a committed chunk as the whole truth for it: records it no longer holds are forgotten', () => {
    const map = new ChunkMap();
    map.absorb({ id: 1, records: [rec('a'), rec('b')] });
    map.absorb({ id: 1, records: [rec('b')] });
    expect(map.chunkIdOf('a')).toBeUndefined();
    expect([...map.records.keys()]).toEqual(['b']);
    map.drop(1);
    expect(map.chunkIds()).toEqual([]);
    expect(map.records.size).toBe(0);
  });

  it('does not forget a record another chunk has taken since', () => {
    const map = new ChunkMap();
    map.absorb({ id: 1, records: [rec('a')] });
    map.absorb({ id: 2, records: [rec('a')] });
    map.absorb({ id: 1, records: [] });
    expect(map.chunkIdOf('a')).toBe(2);
    expect(map.chunkIds()).toEqual([2]);
  });

  it('places a known record in its own chunk and new ones in the last chunk with room', () => {
    const map = new ChunkMap();
    map.absorb({ id: 1, records: ids(CHUNK_SIZE, 'full').map(rec) });
    map.absorb({ id: 2, records: [rec('a')] });
    expect(placed(map.place([{ id: 'full3' }, { id: 'new' }, { id: 'a' }]))).toEqual([
      [1, ['full3']],
      [2, ['new', 'a']],
    ]);
  });

  it('opens a new chunk when the last one is full, and starts at chunk 1 when empty', () => {
    expect(placed(new ChunkMap().place([{ id: 'x' }]))).toEqual([[1, ['x']]]);
    const map = new ChunkMap();
    map.absorb({ id: 1, records: ids(CHUNK_SIZE - 1, 'r').map(rec) });
    const placement = map.place(ids(CHUNK_SIZE + 2, 'n').map((id) => ({ id })));
    expect([...placement].map(([chunk, list]) => [chunk, list.length])).toEqual([
      [1, 1],
      [2, CHUNK_SIZE],
      [3, 1],
    ]);
  });

  it('forgets everything on clear', () => {
    const map = new ChunkMap();
    map.absorb({ id: 1, records: [rec('a')] });
    map.clear();
    expect([map.chunkIds(), map.records.size, map.chunkIdOf('a')]).toEqual([[], 0, undefined]);
  });
});
