import { signal } from '@preact/signals';
import type { Organisation } from '../../domain/organisation';
import { done, failed, type Outcome } from '../../domain/outcome';
import type { QuotaDoc, SummaryDoc } from '../../domain/sync/rollup-docs';
import { COUCH_PATH, type TeamLocation } from '../../domain/sync/team-link';
import { common } from '../../i18n/common';
import { teamText as t } from '../../i18n/team';
import type { RefusedDocRow, ReviewRow } from '../../storage/db';
import { ReadOnlyError, StorageFullError } from '../../storage/errors';
import type { TeamMembership, TeamRole, TeamStore } from '../../storage/team-store';
import type { Engine, EngineState } from './sync-engine';

export type TeamState = EngineState | 'paused' | 'starting';
export type LoginProblem = keyof typeof t.errors;

interface TeamDeps {
  /** The team this phone belongs to, read without the sync store: a phone with no team loads none of it. */
  readMembership: () => Promise<TeamMembership | null>;
  /** The sync store (a lazy chunk), opened once the phone belongs to a team or joins one. */
  openStore: () => Promise<TeamStore>;
  /** Local changes were written (the registry's change notice): hand them over soon. */
  onLocalChange: (listener: () => void) => void;
  userName: () => string;
  /** The records on this phone, as the join page counts them and the review page shows one. */
  records: { all(): readonly Organisation[]; get(id: string): Organisation | undefined };
  now?: () => number;
}

/**
 * The phone's membership of a team and the state of its sync, as signals the
 * screens read: status line, unsent count, review list, refused documents and
 * the team's members (from the database's `_security`, for assignment).
 * The sync engine (PouchDB) is loaded only once the phone has joined.
 */
export function createTeamModel(deps: TeamDeps) {
  let opened: Promise<TeamStore> | null = null;
  const store = () => (opened ??= deps.openStore());
  const now = deps.now ?? Date.now;
  const membership = signal<TeamMembership | null>(null);
  const state = signal<TeamState>('starting');
  const lastSyncedAt = signal<number | null>(null);
  const pending = signal(0);
  const reviews = signal<ReviewRow[]>([]);
  const refused = signal<RefusedDocRow[]>([]);
  const members = signal<string[]>([]);
  let engine: Engine | null = null;
  let starting: Promise<void> | null = null;
  let rollupHandler: ((docs: (SummaryDoc | QuotaDoc)[]) => Promise<void>) | null = null;

  let reads = 0;
  /** Re-reads the counts; of reads that overlap, only the latest is shown (an older one may finish last). */
  async function refresh(): Promise<void> {
    const read = ++reads;
    const s = await store();
    const values = await Promise.all([s.pendingCount(), s.reviews(), s.refused()]);
    if (read === reads) [pending.value, reviews.value, refused.value] = values;
  }

  async function startEngine(team: TeamMembership): Promise<void> {
    const { startEngine } = await import('./sync-engine');
    engine = startEngine({
      store: await store(),
      url: team.url,
      ...(team.role ? { role: team.role } : {}),
      onRollupDocs: async (docs) => rollupHandler?.(docs),
      onState: (s) => {
        state.value = s;
        if (s === 'idle') {
          lastSyncedAt.value = now();
          const at = lastSyncedAt.value;
          void store().then((s) => s.setLastSyncedAt(at));
          void loadMembers(team.url);
        }
      },
      onProgress: () => void refresh(),
    });
  }

  async function loadMembers(url: string): Promise<void> {
    try {
      const res = await fetch(`${url}/_security`, { credentials: 'same-origin' });
      if (!res.ok) return;
      const security = (await res.json()) as { members?: { names?: unknown } };
      const names = security.members?.names;
      if (Array.isArray(names)) members.value = names.filter((n): n is string => typeof n === 'string');
    } catch {
      // Offline: the list read last stays.
    }
  }

  /** Starts sync if this phone belongs to a team (at app start). */
  async function load(): Promise<void> {
    const team = await deps.readMembership();
    membership.value = team;
    if (!team) return;
    lastSyncedAt.value = await (await store()).lastSyncedAt();
    await refresh();
    if (team.paused) state.value = 'paused';
    else {
      starting = startEngine(team);
      await starting;
    }
  }

  deps.onLocalChange(() => {
    if (!membership.value) return;
    engine?.kick();
    void refresh();
  });

  /** Logs in (CouchDB session cookie: the password is sent once and never kept) and checks membership of the database. */
  async function login(team: TeamLocation, user: string, password: string): Promise<LoginProblem | null> {
    try {
      const session = await fetch(`${new URL(team.url).origin}${COUCH_PATH}_session`, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ name: user, password }),
      });
      if (session.status === 401) return 'wrong-password';
      if (!session.ok) return 'unreachable';
      const db = await fetch(team.url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
      if (db.status === 401 || db.status === 403 || db.status === 404) return 'not-member';
      return db.ok ? null : 'unreachable';
    } catch {
      return 'unreachable';
    }
  }

  /**
   * Joins the team at `team`; `mergeLocal` sends the records already on the phone.
   * A province database (`role`) is followed: no record of this phone goes there.
   * Nothing is written unless the login succeeded.
   */
  async function join(team: TeamLocation, user: string, password: string, mergeLocal: boolean, role?: TeamRole): Promise<Outcome> {
    const problem = await login(team, user, password);
    if (problem) return failed(t.errors[problem]);
    try {
      await leaveEngine();
      const joined: TeamMembership = { url: team.url, user, joinedAt: now(), paused: false, ...(role ? { role } : {}) };
      if (membership.value?.url === team.url) await (await store()).setPaused(false);
      else await (await store()).join(joined, mergeLocal && !role);
      membership.value = joined;
      state.value = 'starting';
      await refresh();
      // Kept, like at app start: a document written right after joining waits for the engine instead of being dropped.
      starting = startEngine(joined);
      await starting;
      return done;
    } catch (error) {
      return failed(error instanceof StorageFullError ? t.errors['storage-full'] : t.errors.unreachable);
    }
  }

  async function leaveEngine(): Promise<void> {
    await starting;
    await engine?.stop();
    engine = null;
  }

  async function setPaused(paused: boolean): Promise<void> {
    const team = membership.value;
    if (!team) return;
    await (await store()).setPaused(paused);
    membership.value = { ...team, paused };
    if (paused) {
      await leaveEngine();
      state.value = 'paused';
    } else {
      state.value = 'starting';
      await startEngine(team);
    }
  }

  async function leave(removeLocal: boolean): Promise<Outcome> {
    try {
      await starting;
      const stopping = engine;
      engine = null;
      await stopping?.destroy();
      await (await store()).leave(removeLocal);
      membership.value = null;
      members.value = [];
      await refresh();
      return done;
    } catch (error) {
      if (error instanceof StorageFullError) return failed(t.errors['storage-full']);
      if (error instanceof ReadOnlyError) return failed(common.readOnlyError);
      console.error(error);
      return failed(t.leaveFailed);
    }
  }

  /** Writes a person's pick for each disputed field; the organisation leaves the review list everywhere once synced. */
  async function pick(id: string, picks: Record<string, unknown>): Promise<void> {
    // The merge rules are the sync engine's (a lazy chunk): a phone that has not joined never loads them.
    const { applyChoice } = await import('../../domain/sync/resolve-conflict');
    await (await store()).resolveReview(id, (current: Organisation) => applyChoice(current, picks, deps.userName(), now()));
    await refresh();
    engine?.kick();
  }

  /** How many records this phone holds before joining (they are merged into the team's database). */
  const localRecordCount = () => deps.records.all().length;
  /** The organisation a review row is about, as stored on this phone. */
  const organisation = (id: string) => deps.records.get(id);

  /** Who takes the summary and quota documents that arrive (the roll-up, wired in the composition root). */
  function onRollupDocs(handler: (docs: (SummaryDoc | QuotaDoc)[]) => Promise<void>): void {
    rollupHandler = handler;
  }

  /** Writes one of this phone's summary or quota documents into the sync database (nothing while not syncing). */
  async function upsertDoc(id: string, build: (stored: unknown) => Record<string, unknown> | null): Promise<void> {
    await starting;
    await engine?.upsert(id, build);
  }

  return { membership, state, lastSyncedAt, pending, reviews, refused, members, load, join, setPaused, leave, pick, localRecordCount, organisation, onRollupDocs, upsertDoc };
}

export type TeamModel = ReturnType<typeof createTeamModel>;

declare module '../../context/services' {
  interface Services {
    team: TeamModel;
  }
}
