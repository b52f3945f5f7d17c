import { describe, expect, it } from 'vitest';
import type { Backup } from '../../../../../src/domain/backup/schema';
import type { DocumentLink } from '../../../../../src/domain/document-link';
import { createBackupModel } from '../../../../../src/features/data/backup/backup-model';
import { createDocumentsModel } from '../../../../../src/features/documents/documents-model';
import type { DocumentRepository } from '../../../../../src/storage/document-repository';

const doc = (id: string, title: string) => ({ id, title }) as unknown as DocumentLink;

/** A documents table in memory, and a backup repository whose restore replaces it, as the real one does in its transaction. */
function fakes() {
  let table = [doc('a', 'Hướng dẫn cũ')];
  const documents = createDocumentsModel(async () => ({ list: async () => table }) as unknown as DocumentRepository);
  const backups = {
    restoreReplace: async (b: Backup) => {
      table = b.documents as DocumentLink[];
    },
  };
  const deps = { backups, documents, dataLoss: { resolve: () => {} }, settings: { load: async () => {} } };
  return { documents, model: createBackupModel(deps as unknown as Parameters<typeof createBackupModel>[0]) };
}

describe('backup model', () => {
  it('has the documents model read the restored list, so pages and QR pickers show it without a reload', async () => {
    const { documents, model } = fakes();
    await documents.load();
    expect(documents.list.value?.map((d) => d.id)).toEqual(['a']);
    await model.restoreReplace({ documents: [doc('b', 'Hướng dẫn mới')] } as unknown as Backup);
    expect(documents.list.value?.map((d) => d.id)).toEqual(['b']);
  });
});
