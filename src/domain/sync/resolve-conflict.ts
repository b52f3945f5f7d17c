import { isNewer } from '../backup/merge-records';
import type { Organisation } from '../organisation';
import { honourErasure, latestErasure, personalTraces, scrubDispute } from '../team/erasure';
import { settleVersions } from '../team/settle-versions';
import type { Dispute } from './docs';

/** Bookkeeping, not a person's choice: never shown as disputed (histories and change logs are joined). */
const BOOKKEEPING = new Set<keyof Organisation>(['updatedAt', 'updatedBy', 'statusHistory', 'changes', 'createdAt', 'importBatchId']);

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export interface Resolution {
  /** What every phone stores once the conflict is resolved: the newest version (backup merge rule), status histories and change logs joined. */
  merged: Organisation;
  /** Per field set differently on the phones, every distinct value; empty when the versions agree. */
  dispute: Dispute;
}

/**
 * Resolves the versions of one organisation that phones wrote while apart
 * (CouchDB keeps them all as conflicting revisions). The result depends only on
 * the set of versions, never on their order or on which phone computes it, so
 * two phones resolving the same conflict write the same content and converge.
 * Nothing is dropped: the histories of status changes and the change logs are joined, and every field
 * the versions disagree on is kept with all its values for a person to pick.
 * `earlier` holds disputes already waiting on some of the versions: they stay listed.
 */
export function resolveConflict(given: Organisation[], earlier: Dispute[] = []): Resolution {
  if (given.length === 0) throw new Error('resolveConflict needs at least one version');
  // An erasure on any phone is final (Law 91/2025/QH15): no version and no listed value keeps the person.
  const marker = latestErasure(given);
  const versions = given.map((v) => honourErasure(v, marker));
  const traces = marker ? given.filter((v, i) => versions[i] !== v).map(personalTraces) : [];
  let merged = versions[0]!;
  for (const v of versions) if (isNewer(v, merged)) merged = v;
  const dispute: Dispute = {};
  for (const old of earlier) for (const [field, values] of Object.entries(marker ? scrubDispute(old, traces) : old)) addValues(dispute, field, values);
  for (const field of Object.keys(merged) as (keyof Organisation)[]) {
    if (BOOKKEEPING.has(field)) continue;
    const values = versions.map((v) => v[field]);
    if (values.some((v) => !same(v, values[0]))) addValues(dispute, field, values);
  }
  for (const values of Object.values(dispute)) values.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  return { merged: settleVersions({ ...merged, statusHistory: joinHistories(versions) }, versions), dispute };
}

function addValues(dispute: Dispute, field: string, values: unknown[]): void {
  dispute[field] ??= [];
  const list = dispute[field];
  for (const v of values) if (!list.some((x) => same(x, v))) list.push(v);
}

/** Every status change any version recorded, once each, oldest first. */
function joinHistories(versions: Organisation[]): Organisation['statusHistory'] {
  const byKey = new Map<string, Organisation['statusHistory'][number]>();
  for (const v of versions) for (const h of v.statusHistory) byKey.set(JSON.stringify(h, Object.keys(h).sort()), h);
  return [...byKey.entries()].sort(([ka, a], [kb, b]) => a.at - b.at || (ka < kb ? -1 : ka > kb ? 1 : 0)).map(([, h]) => h);
}

/** The record once a person has picked a value for each disputed field. */
export function applyChoice(current: Organisation, picks: Record<string, unknown>, by: string, at: number): Organisation {
  return { ...current, ...picks, updatedBy: by, updatedAt: Math.max(at, current.updatedAt + 1) } as Organisation;
}
