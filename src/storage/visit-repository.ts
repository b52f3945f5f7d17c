import type { Organisation } from '../domain/organisation';
import type { EidDatabase, Visit } from './db';
import { mapStorageErrors } from './errors';
import type { OrganisationRepository } from './organisation-repository';
import type { WriteGuard } from './write-guard';

export class VisitRepository {
  constructor(
    private readonly db: EidDatabase,
    private readonly guard: WriteGuard,
    private readonly organisations: OrganisationRepository,
  ) {}

  /** An organisation's visits, newest first. */
  async listForOrg(orgId: string): Promise<Visit[]> {
    const visits = await this.db.visits.where('orgId').equals(orgId).toArray();
    return visits.sort((a, b) => b.at - a.at);
  }

  async all(): Promise<Visit[]> {
    return this.db.visits.toArray();
  }

  /**
   * Records a finished visit and the organisation's resulting state in one
   * transaction: both are saved, or neither is.
   */
  async record(visit: Visit, organisation: Organisation): Promise<void> {
    this.guard.assertWritable();
    await mapStorageErrors(() =>
      this.organisations.save(organisation, {
        tables: ['visits'],
        write: () => this.db.visits.put(visit),
      }),
    );
  }
}
