import { type CommuneTarget, communeTargetSchema } from '../domain/progress/targets';
import type { EidDatabase } from './db';
import { mapStorageErrors } from './errors';
import type { WriteGuard } from './write-guard';

/** Per-commune quotas (the `communes` table). A row with every field empty means "use Settings", so it is removed. */
export class CommuneTargetRepository {
  constructor(
    private readonly db: EidDatabase,
    private readonly guard: WriteGuard,
  ) {}

  /** Every stored quota; rows another app version wrote that no longer validate are skipped, not trusted. */
  async all(): Promise<CommuneTarget[]> {
    const rows = await this.db.communes.toArray();
    return rows.flatMap((row) => {
      const parsed = communeTargetSchema.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    });
  }

  async save(target: CommuneTarget): Promise<void> {
    await this.saveMany([target]);
  }

  /** Several quotas in one transaction: a quota file (or "the same for all") is taken whole or not at all. */
  async saveMany(targets: readonly CommuneTarget[]): Promise<void> {
    this.guard.assertWritable();
    const values = targets.map((t) => communeTargetSchema.parse(t));
    await mapStorageErrors(() =>
      this.db.transaction('rw', this.db.communes, async () => {
        for (const value of values) {
          const empty = value.enterprisePct === null && value.otherPct === null && value.deadline === null;
          if (empty) await this.db.communes.delete(value.code);
          else await this.db.communes.put(value);
        }
      }),
    );
  }
}
