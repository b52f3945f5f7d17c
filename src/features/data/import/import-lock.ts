import type { ImportBatch } from '../../../storage/db';

/**
 * Which import batches are running right now, across tabs. The worker writing
 * a batch holds a Web Lock named after it for the whole run; the browser frees
 * the lock when the run ends or its tab or worker dies. So a batch stored as
 * "running" whose lock is free was interrupted, and one whose lock is held is
 * being written by some tab — its undo must wait.
 *
 * Without Web Locks (browsers older than Chrome 69, Safari 15.4, Firefox 96) a
 * live tab cannot be told from a dead one; there the old rule stays: a batch is
 * running only in the tab importing it, and looks interrupted everywhere else.
 */

const PREFIX = 'eid-import:';

function lockManager(): LockManager | undefined {
  return (globalThis.navigator as { locks?: LockManager } | undefined)?.locks;
}

/** Runs a whole import holding its batch's lock (in the worker that writes it). */
export function holdImportLock<T>(batchId: string, task: () => Promise<T>): Promise<T> {
  const locks = lockManager();
  return locks ? (locks.request(PREFIX + batchId, task) as Promise<T>) : task();
}

/** Ids of the batches some tab or worker is writing now; null where Web Locks are missing. */
export async function runningBatchIds(): Promise<ReadonlySet<string> | null> {
  const locks = lockManager();
  if (!locks) return null;
  const { held = [] } = await locks.query();
  return new Set(held.flatMap((lock) => (lock.name?.startsWith(PREFIX) ? [lock.name.slice(PREFIX.length)] : [])));
}

/** Runs `task` while holding the batch's lock, so no import of it can be running meanwhile; `{ ran: false }` when one is. */
export async function unlessRunning<T>(batchId: string, task: () => Promise<T>): Promise<{ ran: true; value: T } | { ran: false }> {
  const locks = lockManager();
  if (!locks) return { ran: true, value: await task() };
  return locks.request(PREFIX + batchId, { ifAvailable: true }, async (lock) => (lock ? { ran: true as const, value: await task() } : { ran: false as const }));
}

export type BatchView = Exclude<ImportBatch['state'], 'running'> | 'running' | 'elsewhere' | 'interrupted';

/**
 * What the history shows for a batch: a stored "running" batch is running here
 * (this tab is importing), running elsewhere (its lock is held), or interrupted.
 * While this tab imports, every held batch counts as its own: two tabs importing
 * at once is rare, and neither offers undo for a running batch.
 */
export function batchView(batch: ImportBatch, importingHere: boolean, running: ReadonlySet<string> | null): BatchView {
  if (batch.state !== 'running') return batch.state;
  if (running === null) return importingHere ? 'running' : 'interrupted';
  if (!running.has(batch.id)) return 'interrupted';
  return importingHere ? 'running' : 'elsewhere';
}
