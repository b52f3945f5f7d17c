import type { Organisation } from '../domain/organisation';
import type { Visit } from '../domain/visit';
import type { EidDatabase, OutboxRow, RefusedDocRow, ReviewRow } from './db';
import { mapStorageErrors } from './errors';
import { fromStored, type OrganisationRepository, type Revision } from './organisation-repository';
import { OUTBOX_TABLES, readTeamMembership, TEAM_META_KEY } from './outbox';
import type { WriteGuard } from './write-guard';

/** 'province': a city or province database the officer's phone follows for summaries (issue 15); absent: a commune team. */
export type TeamRole = 'province';

/** What this phone remembers of its team: never a password (the server's session cookie carries the login). */
export interface TeamMembership {
  url: string;
  user: string;
  joinedAt: number;
  paused: boolean;
  role?: TeamRole;
}

const CHECKPOINT_KEY = 'teamCheckpoint';
const LAST_SYNC_KEY = 'teamLastSync';
const SYNC_TABLES = ['syncRevs', 'reviews', 'refusedDocs', 'visits', ...OUTBOX_TABLES];

/** Unsent changes read for one hand-off to the sync database. */
export interface OutboxBatch {
  rows: OutboxRow[];
  /** Each queued organisation as stored now; null: no longer stored (removed for good). */
  orgs: Map<string, Organisation | null>;
  visits: Visit[];
  /** The sync revision each queued document last matched. */
  revs: Map<string, string>;
  reviews: Map<string, ReviewRow['dispute']>;
}

export interface IncomingOrg {
  /** Computes the record from the one stored (undefined: none yet). */
  toRecord: (local: Organisation | undefined) => Organisation;
  id: string;
  rev: string;
  review: ReviewRow['dispute'] | undefined;
}

export interface IncomingBatch {
  orgs: IncomingOrg[];
  /** Organisations removed for good on another phone (CouchDB tombstones), with the deletion's revision. */
  removed: { id: string; rev: string }[];
  visits: { visit: Visit; rev: string }[];
  refused: RefusedDocRow[];
  /** The sync database's sequence once this batch is applied. */
  checkpoint: string | number;
}

/**
 * The Dexie side of team sync: membership, the outbox of unsent changes, the
 * revision each record last matched, the review list and refused documents.
 * Incoming records are written through the organisation repository (so every
 * tab and the registry see them) without being queued back.
 */
export class TeamStore {
  constructor(
    private readonly db: EidDatabase,
    private readonly guard: WriteGuard,
    private readonly organisations: OrganisationRepository,
  ) {}

  async membership(): Promise<TeamMembership | null> {
    return readTeamMembership(this.db);
  }

  /**
   * Joins: from now on every change is queued. `sendExisting` queues every
   * record and visit already on the phone (merged into the team's database).
   */
  async join(team: TeamMembership, sendExisting: boolean): Promise<void> {
    this.guard.assertWritable();
    const chunks = sendExisting ? await this.db.orgChunks.toArray() : [];
    const visitIds = sendExisting ? ((await this.db.visits.toCollection().primaryKeys()) as string[]) : [];
    await mapStorageErrors(() =>
      this.db.transaction('rw', ['meta', 'outbox'], async () => {
        await this.db.meta.put({ key: TEAM_META_KEY, value: team });
        await this.db.outbox.bulkPut([
          ...chunks.map((c) => ({ key: `o:${c.id}`, ids: c.records.map((r) => r.id), seq: 1 })),
          ...visitIds.map((id) => ({ key: `v:${id}`, ids: [id], seq: 1 })),
        ]);
      }),
    );
  }

  async setPaused(paused: boolean): Promise<void> {
    const team = await this.membership();
    if (team) await mapStorageErrors(() => this.db.meta.put({ key: TEAM_META_KEY, value: { ...team, paused } }));
  }

  /** Leaves the team: sync bookkeeping goes; the records stay unless `removeLocal`. */
  async leave(removeLocal: boolean): Promise<void> {
    this.guard.assertWritable();
    await mapStorageErrors(() =>
      this.db.transaction('rw', [...SYNC_TABLES, 'orgChunks'], async () => {
        await Promise.all([this.db.outbox.clear(), this.db.syncRevs.clear(), this.db.reviews.clear(), this.db.refusedDocs.clear()]);
        await this.db.meta.bulkDelete([TEAM_META_KEY, CHECKPOINT_KEY, LAST_SYNC_KEY]);
      }),
    );
    if (removeLocal) await this.organisations.replaceAll([], { tables: ['visits'], write: () => this.db.visits.clear() });
  }

  /** The record as this phone holds it (its representative's fields fill a document that has none). */
  localRecord(id: string): Organisation | undefined {
    const stored = this.organisations.get(id);
    return stored ? fromStored(stored) : undefined;
  }

  async lastSyncedAt(): Promise<number | null> {
    const v = (await this.db.meta.get(LAST_SYNC_KEY))?.value;
    return typeof v === 'number' ? v : null;
  }

  async setLastSyncedAt(at: number): Promise<void> {
    await mapStorageErrors(() => this.db.meta.put({ key: LAST_SYNC_KEY, value: at }));
  }

  async checkpoint(): Promise<string | number | undefined> {
    return (await this.db.meta.get(CHECKPOINT_KEY))?.value as string | number | undefined;
  }

  /** Changes not yet handed to the sync database. */
  async pendingCount(): Promise<number> {
    let n = 0;
    await this.db.outbox.each((row) => (n += row.ids.length));
    return n;
  }

  /** Rows changed since they were last handed to the sync database, at most `limit`. */
  async takeOutbox(limit: number): Promise<OutboxBatch> {
    const rows = await this.db.outbox.filter((r) => r.handed?.seq !== r.seq).limit(limit).toArray();
    const chunkIds = rows.filter((r) => r.key.startsWith('o:')).map((r) => Number(r.key.slice(2)));
    const chunks = await this.db.orgChunks.bulkGet(chunkIds);
    const stored = new Map<string, Organisation>();
    for (const chunk of chunks) for (const r of chunk?.records ?? []) stored.set(r.id, fromStored(r));
    const orgs = new Map<string, Organisation | null>();
    const visitIds: string[] = [];
    for (const row of rows) {
      if (!row.key.startsWith('o:')) {
        visitIds.push(...row.ids);
        continue;
      }
      for (const id of row.ids) {
        // A record found in no chunk read may have moved with a restore: the repository knows where it is now.
        const elsewhere = this.organisations.get(id);
        orgs.set(id, stored.get(id) ?? (elsewhere ? fromStored(elsewhere) : null));
      }
    }
    const visits = (await this.db.visits.bulkGet(visitIds)).filter((v): v is Visit => v !== undefined);
    const docIds = [...orgs.keys(), ...visits.map((v) => v.id)];
    const revRows = await this.db.syncRevs.bulkGet(docIds);
    const reviewRows = await this.db.reviews.bulkGet([...orgs.keys()]);
    return {
      rows,
      orgs,
      visits,
      revs: new Map(revRows.flatMap((r) => (r ? [[r.id, r.rev] as const] : []))),
      reviews: new Map(reviewRows.flatMap((r) => (r ? [[r.id, r.dispute] as const] : []))),
    };
  }

  /** The rows were written into the sync database as `localSeq`; `revs`: the revision each document was written as. */
  async markHanded(rows: OutboxRow[], localSeq: number, revs: Map<string, string>): Promise<void> {
    await mapStorageErrors(() =>
      this.db.transaction('rw', ['outbox', 'syncRevs'], async () => {
        const now = await this.db.outbox.bulkGet(rows.map((r) => r.key));
        await this.db.outbox.bulkPut(now.flatMap((r, i) => (r && r.seq === rows[i]!.seq ? [{ ...r, handed: { seq: r.seq, localSeq } }] : [])));
        await this.db.syncRevs.bulkPut([...revs].map(([id, rev]) => ({ id, rev })));
      }),
    );
  }

  /** Replication pushed the sync database up to `localSeq` to the server: rows handed by then, and not changed since, are sent. */
  async markSent(localSeq: number): Promise<void> {
    await mapStorageErrors(() =>
      this.db.transaction('rw', ['outbox'], async () => {
        const done = await this.db.outbox.filter((r) => r.handed?.seq === r.seq && r.handed.localSeq <= localSeq).primaryKeys();
        await this.db.outbox.bulkDelete(done);
      }),
    );
  }

  /**
   * Writes what came from the team's database, in one transaction with the
   * checkpoint. A record with an unsent local change is left as it is (and its
   * revision not advanced): the local change is then sent as a sibling of the
   * incoming one, a conflict that is resolved and listed, never overwritten.
   */
  async applyIncoming(batch: IncomingBatch): Promise<void> {
    this.guard.assertWritable();
    const pending = new Set<string>();
    const known = new Map<string, string>();
    const applied: { id: string; rev: string; review?: ReviewRow['dispute'] }[] = [];
    const fresh = batch.orgs.filter((o) => !this.organisations.get(o.id));
    const stored = batch.orgs.filter((o) => this.organisations.get(o.id));
    const stale = (o: { id: string; rev: string }) => pending.has(o.id) || known.get(o.id) === o.rev;
    const revisions: Revision[] = [
      ...stored.map((o) => ({
        id: o.id,
        revise: (current: Organisation) => {
          if (stale(o)) return 'keep' as const;
          applied.push(o);
          return o.toRecord(current);
        },
      })),
      // Same rule for a removal: an unsent local change keeps the record (and, once sent, brings it back everywhere).
      ...batch.removed.map((o) => ({
        id: o.id,
        revise: () => {
          if (stale(o)) return 'keep' as const;
          applied.push(o);
          return 'remove' as const;
        },
      })),
    ];
    await this.organisations.write(
      {
        before: async () => {
          // Only changes not yet in the sync database: a handed one is there, and meets the incoming revision as a conflict.
          await this.db.outbox.each((row) => {
            if (row.key.startsWith('o:') && row.handed?.seq !== row.seq) for (const id of row.ids) pending.add(id);
          });
          // A record new to this phone has no revision yet: only the others are looked up (an initial sync asks nothing).
          const looked = [...stored, ...batch.removed].map((o) => o.id);
          for (const r of await this.db.syncRevs.bulkGet(looked)) if (r) known.set(r.id, r.rev);
        },
        puts: fresh.map((o) => o.toRecord(undefined)),
        // The document carries the change log of the phone that made the change: logging the write here again would make this phone's copy differ.
        logChanges: false,
        revisions,
      },
      {
        tables: SYNC_TABLES,
        write: async () => {
          const written = [...fresh, ...applied];
          await this.db.syncRevs.bulkPut([...written, ...batch.visits.map((v) => ({ id: v.visit.id, rev: v.rev }))].map((o) => ({ id: o.id, rev: o.rev })));
          // The review list is short: deleting only the rows there saves a request per written record.
          const listed = new Set(await this.db.reviews.toCollection().primaryKeys());
          await this.db.reviews.bulkDelete(written.filter((o) => !o.review && listed.has(o.id)).map((o) => o.id));
          await this.db.reviews.bulkPut(written.flatMap((o) => (o.review ? [{ id: o.id, dispute: o.review }] : [])));
          await this.db.visits.bulkPut(batch.visits.map((v) => v.visit));
          await this.db.refusedDocs.bulkPut(batch.refused);
          await this.db.meta.put({ key: CHECKPOINT_KEY, value: batch.checkpoint });
        },
      },
      'sync',
    );
  }

  async reviews(): Promise<ReviewRow[]> {
    return this.db.reviews.toArray();
  }

  async refused(): Promise<RefusedDocRow[]> {
    return this.db.refusedDocs.toArray();
  }

  /** A person's pick for a disputed organisation: written and queued, and it leaves the review list (here and, through sync, everywhere). */
  async resolveReview(id: string, revise: (current: Organisation) => Organisation): Promise<void> {
    await this.organisations.write(
      { revisions: [{ id, revise }] },
      { tables: ['reviews'], write: () => this.db.reviews.delete(id) },
    );
  }
}
