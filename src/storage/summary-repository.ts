import { type ReceivedCommune, receivedCommuneSchema } from '../domain/rollup/received';
import type { EidDatabase } from './db';
import { mapStorageErrors } from './errors';
import type { WriteGuard } from './write-guard';

/** The commune summaries a city or province officer has opened (the `summaries` table), kept so the roll-up survives a reload. */
export class SummaryRepository {
  constructor(
    private readonly db: EidDatabase,
    private readonly guard: WriteGuard,
  ) {}

  /** Every stored commune; rows that no longer validate (another app version) are skipped, not trusted. */
  async all(): Promise<ReceivedCommune[]> {
    const rows = await this.db.summaries.toArray();
    return rows.flatMap((row) => {
      const parsed = receivedCommuneSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    });
  }

  /** Writes the given communes' figures in one transaction (each replaces that commune's row). */
  async putMany(rows: readonly ReceivedCommune[]): Promise<void> {
    this.guard.assertWritable();
    await mapStorageErrors(() => this.db.summaries.bulkPut(rows.map((r) => receivedCommuneSchema.parse(r))));
  }

  async clear(): Promise<void> {
    this.guard.assertWritable();
    await mapStorageErrors(() => this.db.summaries.clear());
  }
}
