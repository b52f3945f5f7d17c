/// <reference lib="webworker" />
import { openDatabase } from '../../storage/connection';
import { EidDatabase } from '../../storage/db';
import { ImportRepository } from '../../storage/import-repository';
import { OrganisationRepository } from '../../storage/organisation-repository';
import { WriteGuard } from '../../storage/write-guard';
import type { FromWorker, ToWorker } from './import-protocol';
import { createImportWorkerCore, type OpenRegistry } from './import-worker-core';

/**
 * Reads, checks and writes an import file off the page's thread: decoding, CSV
 * or XLSX parsing (the sheet's XML streamed row by row), the per-row checks and the
 * chunked commit. The page's registry learns of each chunk over the
 * repository's BroadcastChannel, as it does of another tab's writes.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

const openRegistry: OpenRegistry = async (dbName) => {
  const db = new EidDatabase(dbName);
  const guard = new WriteGuard();
  // Another tab upgrading the schema: this worker stops writing (the guard) and lets it proceed.
  await openDatabase(db, guard, { onVersionChange: async () => undefined, onBlocked: () => undefined });
  const organisations = new OrganisationRepository(db, guard);
  await organisations.loadAll();
  return { organisations, imports: new ImportRepository(db, organisations) };
};

const handle = createImportWorkerCore((message: FromWorker) => scope.postMessage(message), openRegistry);
scope.onmessage = (e: MessageEvent<ToWorker>) => handle(e.data);
