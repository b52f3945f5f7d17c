import { describe, expect, it, vi } from 'vitest';
import type { ImportRow } from '../../../../../src/domain/import/rows';
import { COMMIT_SLICE, commitImport } from '../../../../../src/features/data/import/import-commit';
import { CHUNK_SIZE } from '../../../../../src/storage/db';
import { ImportRepository } from '../../../../../src/storage/import-repository';
import { OrganisationRepository } from '../../../../../src/storage/organisation-repository';
import { WriteGuard } from '../../../../../src/storage/write-guard';
import { freshDb } from '../../../storage/test-db';

const row = (line: number): ImportRow => ({
  line,
  taxCode: '',
  name: `Hộ kinh doanh ${line}`,
  kind: 'household',
  address: '',
  communeCode: '',
  listedCommune: '',
  representativeName: '',
  representativePhone: '',
  notes: '',
});

describe('commitImport', () => {
  it('writes each chunk once: a slice fills its last chunk, so the next slice never rewrites it', async () => {
    const db = freshDb();
    const organisations = new OrganisationRepository(db, new WriteGuard());
    const imports = new ImportRepository(db, organisations);
    const written: number[] = [];
    const bulkPut = db.orgChunks.bulkPut.bind(db.orgChunks);
    vi.spyOn(db.orgChunks, 'bulkPut').mockImplementation(((chunks: { id: number }[]) => {
      written.push(...chunks.map((c) => c.id));
      return bulkPut(chunks as never);
    }) as never);
    const rows = Array.from({ length: 2 * COMMIT_SLICE + 7 }, (_, i) => row(i + 2));

    const { result } = await commitImport(rows, { fileName: 'ds.csv', choice: 'update', overrides: new Map(), by: 'test' }, { organisations, imports, onProgress: () => undefined, isCancelled: () => false });

    expect(result).toMatchObject({ state: 'done', added: rows.length });
    expect(written).toHaveLength(Math.ceil(rows.length / CHUNK_SIZE));
    expect(new Set(written).size).toBe(written.length);
    expect(organisations.all()).toHaveLength(rows.length);
    organisations.close();
  }, 30_000);
});
