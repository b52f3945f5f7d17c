import { afterEach, describe, expect, it } from 'vitest';
import { officialDocuments } from '../../../src/domain/official-documents';
import type { EidDatabase } from '../../../src/storage/db';
import { DocumentRepository } from '../../../src/storage/document-repository';
import { ReadOnlyError } from '../../../src/storage/errors';
import { WriteGuard } from '../../../src/storage/write-guard';
import { freshDb } from './test-db';

let db: EidDatabase;
afterEach(() => db?.close());

const fields = { title: 'Hướng dẫn của xã', url: 'https://xa.example.gov.vn/hd', note: '', publisher: 'UBND xã' };

describe('DocumentRepository', () => {
  it('pre-fills the official links once, marked official, official first', async () => {
    db = freshDb();
    const repo = new DocumentRepository(db, new WriteGuard());
    await repo.save(fields);
    const list = await repo.list();
    expect(list).toHaveLength(officialDocuments.length + 1);
    expect(list.slice(0, officialDocuments.length).every((d) => d.official)).toBe(true);
    expect(list.at(-1)).toMatchObject({ ...fields, official: false });
    expect(await repo.list()).toHaveLength(officialDocuments.length + 1);
  });

  it('keeps a deleted official link deleted', async () => {
    db = freshDb();
    const repo = new DocumentRepository(db, new WriteGuard());
    await repo.list();
    await repo.remove('dvcqg');
    expect((await repo.list()).map((d) => d.id)).not.toContain('dvcqg');
  });

  it('updates in place and keeps the official mark', async () => {
    db = freshDb();
    const repo = new DocumentRepository(db, new WriteGuard(), () => 42);
    await repo.list();
    await repo.save({ ...fields, title: 'Cổng DVCQG' }, 'dvcqg');
    const doc = (await repo.list()).find((d) => d.id === 'dvcqg');
    expect(doc).toMatchObject({ title: 'Cổng DVCQG', official: true, updatedAt: 42 });
  });

  it('refuses writes when read-only and does not seed', async () => {
    db = freshDb();
    const guard = new WriteGuard();
    guard.block('newer-data');
    const repo = new DocumentRepository(db, guard);
    expect(await repo.list()).toEqual([]);
    await expect(repo.save(fields)).rejects.toBeInstanceOf(ReadOnlyError);
  });
});
