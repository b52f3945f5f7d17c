import PouchDB from 'pouchdb-browser';
import type { Organisation } from '../../domain/organisation';
import { type Dispute, fromOrgDoc, ORG_PREFIX, type OrgDoc, parseDoc, toOrgDoc, toVisitDoc } from '../../domain/sync/docs';
import { resolveConflict } from '../../domain/sync/resolve-conflict';
import { childRevision } from '../../domain/sync/revs';
import { QUOTA_PREFIX, type QuotaDoc, type SummaryDoc } from '../../domain/sync/rollup-docs';
import { StorageFullError } from '../../storage/errors';
import type { IncomingBatch, TeamRole, TeamStore } from '../../storage/team-store';

/**
 * The team's sync engine, loaded only on a phone that has joined a team (a lazy,
 * precached chunk): a PouchDB database on the phone replicates live with the
 * team's CouchDB database (the CouchDB replication protocol; nothing of our own),
 * the outbox hands local changes to it, and an applier writes what arrives into
 * the chunked store the screens read, after its schema check.
 */
export type EngineState = 'active' | 'idle' | 'offline' | 'login-needed' | 'storage-full';

export interface EngineDeps {
  store: TeamStore;
  url: string;
  onState: (state: EngineState) => void;
  /** Unsent changes or the review list may have changed. */
  onProgress: () => void;
  /** 'province': a province database, followed for summaries; only quota documents are sent to it. */
  role?: TeamRole;
  /** Summary and quota documents that arrived (or were written here), handed over before the checkpoint moves past them. */
  onRollupDocs?: (docs: (SummaryDoc | QuotaDoc)[]) => Promise<void>;
}

export interface Engine {
  /** Hands queued local changes over now (after a local edit). */
  kick: () => void;
  stop: () => Promise<void>;
  /** Stops and deletes the phone's sync database (leaving the team). */
  destroy: () => Promise<void>;
  /** Writes a document of this phone's own (a summary, a quota): `build` gets the stored body and returns the new one, or null to leave it. */
  upsert: (id: string, build: (stored: unknown) => Record<string, unknown> | null) => Promise<void>;
}

const BATCH = 500;
/** Documents applied to the chunk store per transaction: larger than a replication batch, as each apply pays a durable commit and a read of the sync database. */
const APPLY_BATCH = 2_000;
const hex = () => crypto.randomUUID().replaceAll('-', '');

export function startEngine(deps: EngineDeps): Engine {
  const { store } = deps;
  // The name must not contain "://": PouchDB would take it for a server's URL and talk to the team's database directly.
  const local = new PouchDB(`team-${encodeURIComponent(deps.url)}`, { auto_compaction: false });
  const remote = new PouchDB(deps.url, { skip_setup: true });
  let stopped = false;
  let running: Promise<void> | null = null;
  let again = false;
  /** How far replication has pushed the phone's sync database: a hand-off that lands after the push notice still counts as sent. */
  let pushedSeq = 0;
  const sentUpTo = async (seq: number) => {
    pushedSeq = Math.max(pushedSeq, seq);
    await store.markSent(pushedSeq);
    deps.onProgress();
  };

  const province = deps.role === 'province';
  const replication = local.sync(remote, {
    live: true,
    retry: true,
    batch_size: BATCH,
    // Back off at most 5 s: the phone tries again soon after the network returns.
    back_off_function: (delay: number) => (delay === 0 ? 500 : Math.min(delay * 2, 5000)),
    // A province database is read for its summaries; the officer's phone sends it its quotas and nothing else.
    ...(province ? { push: { filter: (doc: { _id: string }) => doc._id.startsWith(QUOTA_PREFIX) } } : {}),
  });
  // Each direction on its own: the two-way replication reports "paused" without the error that paused it.
  const halves = { push: replication.push, pull: replication.pull };
  const paused = { push: false, pull: false };
  const failing = { push: false, pull: false };
  for (const direction of ['push', 'pull'] as const) {
    halves[direction]
      .on('active', () => {
        paused[direction] = false;
        deps.onState('active');
      })
      .on('paused', (error: unknown) => {
        paused[direction] = true;
        failing[direction] = Boolean(error);
        if (failing.push || failing.pull) deps.onState('offline');
        else if (paused.push && paused.pull) deps.onState('idle');
      });
  }
  // The push records a checkpoint once a batch of the phone's changes is on the server (written, or found there already).
  replication.push.on('checkpoint', (info: { checkpoint?: number }) => {
    if (info.checkpoint !== undefined) void sentUpTo(info.checkpoint);
  });
  replication.on('error', (error: { status?: number }) => {
    if (error.status === 401 || error.status === 403) deps.onState('login-needed');
    else deps.onState('offline');
  });
  const feed = local.changes({ live: true, since: 'now' }).on('change', () => kick());

  /** One pass at a time: hand over the outbox, then apply what arrived, until both are empty. */
  function kick(): void {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      try {
        do {
          again = false;
          // Records are never handed to a province database's copy (only this phone's quota documents go there).
          while (!province && (await handOver())) {}
          while (await applyIncoming()) {}
        } while (again && !stopped);
      } catch (error) {
        if (error instanceof StorageFullError) deps.onState('storage-full');
        else console.error(error);
      } finally {
        running = null;
        deps.onProgress();
      }
    })();
  }

  /** Writes queued records as children of the revision each last matched (see `childRevision`). */
  async function handOver(): Promise<boolean> {
    const batch = await store.takeOutbox(BATCH);
    if (batch.rows.length === 0) return false;
    const docs: Record<string, unknown>[] = [];
    const revs = new Map<string, string>();
    for (const [id, org] of batch.orgs) {
      const stamp = childRevision(batch.revs.get(id), hex());
      const body = org ? toOrgDoc(org, batch.reviews.get(id)) : { _id: `org:${id}`, _deleted: true };
      docs.push({ ...body, ...stamp });
      revs.set(id, stamp._rev);
    }
    for (const visit of batch.visits) {
      // Recorded once, but a file merge may move a visit to the organisation that survived it.
      const stamp = childRevision(batch.revs.get(visit.id), hex());
      docs.push({ ...toVisitDoc(visit), ...stamp });
      revs.set(visit.id, stamp._rev);
    }
    await local.bulkDocs(docs as never, { new_edits: false });
    const { update_seq } = await local.info();
    await store.markHanded(batch.rows, update_seq, revs);
    await sentUpTo(pushedSeq);
    return true;
  }

  async function applyIncoming(): Promise<boolean> {
    const since = (await store.checkpoint()) ?? 0;
    const { results, last_seq } = await local.changes({ since, limit: APPLY_BATCH, include_docs: true, conflicts: true });
    if (results.length === 0) return false;
    const batch: IncomingBatch = { orgs: [], removed: [], visits: [], refused: [], checkpoint: last_seq };
    const rollupDocs: (SummaryDoc | QuotaDoc)[] = [];
    for (const { doc } of results) {
      // Design documents are the server's configuration (a validate_doc_update), not records.
      if (!doc || doc._id.startsWith('_design/')) continue;
      if (doc._deleted) {
        // Every version deleted (a live one would have won): the organisation was removed for good. Visits are never removed.
        if (doc._id.startsWith(ORG_PREFIX)) batch.removed.push({ id: doc._id.slice(ORG_PREFIX.length), rev: doc._rev! });
        continue;
      }
      if (doc._conflicts?.length) {
        await resolve(doc);
        continue;
      }
      const parsed = parseDoc(doc);
      if (parsed.kind === 'refused') batch.refused.push({ id: parsed.id, problem: parsed.problem, at: Date.now() });
      else if (parsed.kind === 'summary' || parsed.kind === 'quota') rollupDocs.push(parsed.doc);
      // Records never belong in a province database: kept out of the officer's phone, and listed.
      else if (province) batch.refused.push({ id: doc._id, problem: 'unexpected', at: Date.now() });
      else if (parsed.kind === 'visit') batch.visits.push({ visit: parsed.doc.visit, rev: doc._rev! });
      else {
        const orgDoc = parsed.doc;
        const id = orgDoc._id.slice('org:'.length);
        batch.orgs.push({ id, rev: doc._rev!, review: orgDoc.review, toRecord: (current) => fromOrgDoc(orgDoc, current) });
      }
    }
    if (rollupDocs.length > 0) await deps.onRollupDocs?.(rollupDocs);
    await store.applyIncoming(batch);
    return true;
  }

  /**
   * Every version of a document written on phones that were apart: resolved by the
   * domain's rules into one child of the winning revision, the others closed. The
   * result does not depend on which phone resolves, so two phones doing it agree.
   */
  async function resolve(winner: { _id: string; _rev?: string; _conflicts?: string[] }): Promise<void> {
    const losers = winner._conflicts ?? [];
    const versions = await Promise.all([winner._rev!, ...losers].map((rev) => local.get(winner._id, { rev })));
    const orgs: OrgDoc[] = [];
    for (const v of versions) {
      const parsed = parseDoc(v);
      if (parsed.kind === 'org') orgs.push(parsed.doc);
    }
    const closing = losers.map((rev) => ({ _id: winner._id, _rev: rev, _deleted: true }));
    if (orgs.length === 0) {
      // A visit changes only by a file merge moving it, the same on every phone (the winner stands); refused kinds are not ours to merge.
      await local.bulkDocs(closing);
      return;
    }
    const id = winner._id.slice('org:'.length);
    const current = store.localRecord(id);
    const records: Organisation[] = orgs.map((d) => fromOrgDoc(d, current));
    const earlier: Dispute[] = orgs.flatMap((d) => (d.review ? [d.review] : []));
    const { merged, dispute } = resolveConflict(records, earlier);
    const body = toOrgDoc(merged, Object.keys(dispute).length > 0 ? dispute : undefined);
    await local.bulkDocs([{ ...body, _rev: winner._rev } as never, ...closing]);
  }

  async function upsert(id: string, build: (stored: unknown) => Record<string, unknown> | null): Promise<void> {
    const stored = await local.get(id).catch(() => undefined);
    const body = build(stored);
    if (body) await local.bulkDocs([{ ...body, _id: id, ...(stored ? { _rev: stored._rev } : {}) }]);
  }

  kick();
  return {
    kick,
    upsert,
    async stop() {
      stopped = true;
      replication.cancel();
      feed.cancel();
      await running;
      await local.close();
    },
    async destroy() {
      stopped = true;
      replication.cancel();
      feed.cancel();
      await running;
      await local.destroy();
    },
  };
}
