import type { Organisation } from '../domain/organisation';
import type { Visit } from '../domain/visit';
import type { EidDatabase } from './db';
import type { OrganisationRepository } from './organisation-repository';
import { OUTBOX_TABLES, queueVisits } from './outbox';
import type { WriteGuard } from './write-guard';

export class VisitRepository {
  constructor(
    private readonly db: EidDatabase,
    private readonly guard: WriteGuard,
    private readonly organisations: OrganisationRepository,
  ) {}

  /**
   * An organisation's visits, newest first, with those recorded under the ids
   * joined into it (aliases): a teammate's visit sent under an id that a merge or
   * the tax-code id migration moved since still belongs to it (visits are
   * sent once and never rewritten).
   */
  async listForOrg(orgId: string): Promise<Visit[]> {
    const ids = [orgId];
    for (const o of this.organisations.allWithTombstones()) if (o.mergedInto === orgId) ids.push(o.id);
    const visits = await this.db.visits.where('orgId').anyOf(ids).toArray();
    return visits.sort((a, b) => b.at - a.at);
  }

  async all(): Promise<Visit[]> {
    return this.db.visits.toArray();
  }

  /**
   * Records a finished visit and the organisation's resulting state in one
   * transaction: both are saved, or neither is. Both are computed by `finish`
   * from the organisation as stored at commit time, so a change made elsewhere
   * meanwhile (another tab, an import, a merge) is built upon, never reverted.
   * `finish` returns null to write nothing; the result is what was written.
   */
  async record<T extends { visit: Visit; organisation: Organisation }>(orgId: string, finish: (current: Organisation) => T | null): Promise<T | null> {
    this.guard.assertWritable();
    let done = null as T | null;
    await this.organisations.write(
      {
        revisions: [
          {
            id: orgId,
            revise: (current) => {
              done = finish(current);
              return done ? done.organisation : 'keep';
            },
          },
        ],
      },
      {
        tables: ['visits', ...OUTBOX_TABLES],
        write: async () => {
          if (!done) return;
          await this.db.visits.put(done.visit);
          await queueVisits(this.db, [done.visit.id]);
        },
      },
    );
    return done;
  }
}
