import { openDatabase } from '../../storage/connection';
import { EidDatabase } from '../../storage/db';
import { ImportRepository } from '../../storage/import-repository';
import { OrganisationRepository } from '../../storage/organisation-repository';
import { WriteGuard } from '../../storage/write-guard';

/**
 * The composition root of the data feature's workers: a worker cannot borrow the
 * page's services, so this is the one place worker code gets its database,
 * write guard and repositories. (The backup-read and export workers need none.)
 */
export interface WorkerRegistry {
  organisations: OrganisationRepository;
  imports: ImportRepository;
}

/** The registry as a worker sees it: its own connection, every record loaded, so rows are matched and written off the page. */
export async function openWorkerRegistry(dbName: string): Promise<WorkerRegistry> {
  const db = new EidDatabase(dbName);
  const guard = new WriteGuard();
  // Another tab upgrading the schema: the worker stops writing (the guard) and lets it proceed.
  await openDatabase(db, guard, { onVersionChange: async () => undefined, onBlocked: () => undefined });
  const organisations = new OrganisationRepository(db, guard);
  await organisations.loadAll();
  return { organisations, imports: new ImportRepository(db, organisations) };
}
