import type { EidDatabase, OutboxRow } from './db';
import type { TeamMembership } from './team-store';

/** The `meta` row present while this phone belongs to a team: only then are changes queued for sync. */
export const TEAM_META_KEY = 'team';

/** The team this phone belongs to, if any. */
export async function readTeamMembership(db: EidDatabase): Promise<TeamMembership | null> {
  return ((await db.meta.get(TEAM_META_KEY))?.value as TeamMembership | undefined) ?? null;
}

/** Tables a transaction needs to queue its changes. */
export const OUTBOX_TABLES = ['meta', 'outbox'];

export const chunkOutboxKey = (chunkId: number) => `o:${chunkId}`;
export const visitOutboxKey = (visitId: string) => `v:${visitId}`;

/**
 * Queues changed records for the team's sync database, inside the caller's
 * transaction (which must include OUTBOX_TABLES): nothing when no team is joined,
 * nor when the phone follows a province database (records never go there).
 * `changed` maps outbox keys to the ids changed under them.
 */
export async function queueChanges(db: EidDatabase, changed: Map<string, string[]>): Promise<void> {
  if (changed.size === 0) return;
  const team = (await db.meta.get(TEAM_META_KEY))?.value as { role?: string } | undefined;
  if (!team || team.role === 'province') return;
  const keys = [...changed.keys()];
  const current = await db.outbox.bulkGet(keys);
  const rows: OutboxRow[] = keys.map((key, i) => {
    const ids = new Set([...(current[i]?.ids ?? []), ...changed.get(key)!]);
    return { key, ids: [...ids], seq: (current[i]?.seq ?? 0) + 1 };
  });
  await db.outbox.bulkPut(rows);
}

/** Queues visits (one row each: visits are written one at a time, or by a merge or restore). */
export function queueVisits(db: EidDatabase, visitIds: Iterable<string>): Promise<void> {
  return queueChanges(db, new Map([...visitIds].map((id) => [visitOutboxKey(id), [id]])));
}
