import { afterEach, describe, expect, it } from 'vitest';
import { officialDocuments } from '../../../../src/domain/official-documents';
import { createDocumentsModel } from '../../../../src/features/documents/documents-model';
import { common } from '../../../../src/i18n/common';
import type { EidDatabase } from '../../../../src/storage/db';
import { DocumentRepository } from '../../../../src/storage/document-repository';
import { WriteGuard } from '../../../../src/storage/write-guard';
import { freshDb } from '../../storage/test-db';

let db: EidDatabase;
afterEach(() => db?.close());

const fields = { title: 'Hướng dẫn của xã', url: 'https://xa.example.gov.vn/hd', note: '', publisher: 'UBND xã' };
const titles = (list: { title: string }[] | null) => list?.map((d) => d.title) ?? null;
const officialTitles = officialDocuments.map((d) => d.title).sort((a, b) => a.localeCompare(b, 'vi'));

function model(guard = new WriteGuard()) {
  db = freshDb();
  const repo = new DocumentRepository(db, guard);
  return { repo, documents: createDocumentsModel(async () => repo) };
}

describe('createDocumentsModel', () => {
  it('holds no list until first asked, then the official links, read once however often asked', async () => {
    const { repo, documents } = model();
    expect(documents.list.value).toBeNull();
    await Promise.all([documents.load(), documents.load()]);
    expect(titles(documents.list.value)).toEqual(officialTitles);
    await repo.save(fields);
    await documents.load();
    expect(documents.list.value).toHaveLength(officialDocuments.length);
  });

  it('shows a saved, an edited and a removed link in the list at once', async () => {
    const { documents } = model();
    await documents.load();
    expect(await documents.save(fields)).toEqual({ ok: true, value: undefined });
    expect(titles(documents.list.value)).toEqual([...officialTitles, fields.title]);
    const mine = documents.list.value!.at(-1)!;
    expect(await documents.save({ ...fields, title: 'Hướng dẫn mới' }, mine.id)).toEqual({ ok: true, value: undefined });
    expect(documents.list.value!.at(-1)).toMatchObject({ id: mine.id, title: 'Hướng dẫn mới', official: false });
    expect(await documents.remove(mine.id)).toEqual({ ok: true, value: undefined });
    expect(titles(documents.list.value)).toEqual(officialTitles);
  });

  it('reads the table again on reload, after it was replaced behind the model (a restore)', async () => {
    const { repo, documents } = model();
    await documents.load();
    await repo.save(fields);
    await documents.reload();
    expect(titles(documents.list.value)).toEqual([...officialTitles, fields.title]);
  });

  it('says in Vietnamese why a save was refused, and leaves the list as it was', async () => {
    const guard = new WriteGuard();
    const { documents } = model(guard);
    await documents.load();
    guard.block('newer-data');
    expect(await documents.save(fields)).toEqual({ ok: false, message: common.readOnlyError });
    expect(await documents.remove(documents.list.value![0]!.id)).toEqual({ ok: false, message: common.readOnlyError });
    expect(titles(documents.list.value)).toEqual(officialTitles);
  });
});
