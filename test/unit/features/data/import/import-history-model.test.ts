import { describe, expect, it } from 'vitest';
import { createImportHistoryModel } from '../../../../../src/features/data/import/import-history-model';
import { common } from '../../../../../src/i18n/common';
import type { ImportBatch } from '../../../../../src/storage/db';
import { StorageFullError } from '../../../../../src/storage/errors';
import type { ImportRepository } from '../../../../../src/storage/import-repository';

const batch = (id: string, state: ImportBatch['state']) => ({ id, state }) as ImportBatch;

describe('import history model', () => {
  it('shows a batch stored as running as running while this tab imports, else as interrupted (no Web Locks in Node)', async () => {
    const imports = { list: async () => [batch('a', 'running'), batch('b', 'done')] } as unknown as ImportRepository;
    const model = createImportHistoryModel({ imports });
    expect((await model.list(true)).map((l) => l.view)).toEqual(['running', 'done']);
    expect((await model.list(false)).map((l) => l.view)).toEqual(['interrupted', 'done']);
  });

  it('returns what an undo reverted and kept, or why it failed, worded', async () => {
    let full = false;
    const imports = {
      undo: async () => {
        if (full) throw new StorageFullError();
        return { reverted: 3, kept: 1 };
      },
    } as unknown as ImportRepository;
    const model = createImportHistoryModel({ imports });
    expect(await model.undo('a', false)).toEqual({ ok: true, value: { reverted: 3, kept: 1 } });
    full = true;
    expect(await model.undo('a', false)).toEqual({ ok: false, message: common.storageFull });
  });
});
