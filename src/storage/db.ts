import Dexie, { type Table, type Transaction } from 'dexie';
import type { DocumentLink } from '../domain/document-link';
import type { Organisation } from '../domain/organisation';
import type { Searchable } from '../domain/organisation-search-text';
import type { CommuneTarget } from '../domain/progress/targets';
import type { ReceivedCommune } from '../domain/rollup/received';
import type { Settings } from '../domain/settings';
import type { Visit } from '../domain/visit';

/**
 * Organisations are stored in chunks of up to CHUNK_SIZE records per IndexedDB
 * row. PERF-NOTES: every IndexedDB request costs ~0.5 ms and a multiEntry word
 * index doubles it, while 1,000 records in one stored value write at ~148k rows/s.
 * Search and filters run in memory over folded text (~8 ms at 100,000), so the
 * chunk table needs no secondary index at all.
 */
export const CHUNK_SIZE = 256;

export interface OrgChunk {
  id: number;
  records: Searchable[];
}

export interface ImportBatch {
  id: string;
  fileName: string;
  startedAt: number;
  finishedAt: number | null;
  state: 'running' | 'done' | 'failed' | 'cancelled' | 'undone';
  committedChunks: number;
  added: number;
  updated: number;
  /** Records left as they were by "undo" because they had changed since the import. */
  keptOnUndo?: number;
}

/**
 * What one committed chunk of an import changed, written in the same
 * transaction as the chunk: the ids it added and the records it replaced as they
 * were before. "Undo this import" replays these backwards, so it restores the
 * previous values exactly, even after a crash in the middle of the import.
 */
export interface ImportUndoRow {
  batchId: string;
  seq: number;
  added: string[];
  previous: Organisation[];
}

export interface SettingsRow {
  key: 'settings';
  value: Settings;
}

export interface Draft {
  key: string;
  value: unknown;
  savedAt: number;
}

/**
 * Changes made on this phone and not yet handed to the team's sync database:
 * written in the same transaction as the change itself, so the count of unsent
 * changes is exact and closing the tab between the two databases loses nothing.
 * One row per touched chunk (`o:<chunk>`, the organisation ids) or per visit (`v:<id>`),
 * so a 10,000-record import adds a few dozen rows, not 10,000.
 */
export interface OutboxRow {
  key: string;
  ids: string[];
  /** Bumped at every change, so a hand-off acknowledges only what it read. */
  seq: number;
  /**
   * Written into the phone's sync database (at row version `seq`, as its local
   * sequence `localSeq`) and waiting for the server to have it: the row stays,
   * and counts as unsent, until replication has pushed past `localSeq`.
   */
  handed?: { seq: number; localSeq: number };
}

/** The sync revision a record last matched: a local change is written as its child. */
export interface SyncRevRow {
  id: string;
  rev: string;
}

/** An organisation whose phones disagreed: every value of each disputed field, until a person picks. */
export interface ReviewRow {
  id: string;
  dispute: Record<string, unknown[]>;
}

/** An incoming document that failed its schema: listed, never applied. */
export interface RefusedDocRow {
  id: string;
  problem: 'unknown-kind' | 'invalid' | 'unexpected';
  at: number;
}

export interface MetaRow {
  key: string;
  value: unknown;
}

/**
 * The version of the data format this build writes. Stored in `meta` so that an
 * older cached build opening a newer database (which Dexie 4 allows) notices and
 * goes read-only instead of writing with old rules.
 * 1: the first format. 2: organisations with a valid tax code live under the id
 * derived from it (`mst-<code>`, domain/ids.ts), their old ids as aliases
 * (Dexie version 3's upgrade); a build of version 1 would create random ids again.
 */
export const DATA_VERSION = 2;

export class EidDatabase extends Dexie {
  orgChunks!: Table<OrgChunk, number>;
  visits!: Table<Visit, string>;
  communes!: Table<CommuneTarget, string>;
  documents!: Table<DocumentLink, string>;
  imports!: Table<ImportBatch, string>;
  importUndo!: Table<ImportUndoRow, [string, number]>;
  settings!: Table<SettingsRow, string>;
  drafts!: Table<Draft, string>;
  meta!: Table<MetaRow, string>;
  /** Commune summaries opened by a city or province officer: the newest per commune. */
  summaries!: Table<ReceivedCommune, string>;
  outbox!: Table<OutboxRow, string>;
  syncRevs!: Table<SyncRevRow, string>;
  reviews!: Table<ReviewRow, string>;
  refusedDocs!: Table<RefusedDocRow, string>;
  /** Version 3's upgrader, loaded by `loadUpgraders` only for a database that needs it (kept out of the first download). */
  private taxCodeIds: ((tx: Transaction, chunkSize: number) => Promise<void>) | null = null;

  constructor(name = 'eid-field-kit', options: { durability?: 'strict' | 'relaxed' } = {}) {
    // Strict durability: a "Đã lưu" shown to the user must survive a power cut.
    super(name, { chromeTransactionDurability: options.durability ?? 'strict' });
    // Every schema version lives here; versions are only ever appended.
    this.version(1).stores({
      orgChunks: 'id', // no secondary index: see CHUNK_SIZE
      visits: 'id, orgId', // orgId: an organisation's visit history without a scan
      communes: 'code',
      documents: 'id',
      imports: 'id',
      // Undo log of imports (see ImportUndoRow); compound key so a batch's rows read as one range.
      importUndo: '[batchId+seq]',
      settings: 'key',
      drafts: 'key',
      meta: 'key',
    });
    // Issue 15: the roll-up's received commune summaries, one row per commune. Team sync (README
    // "Team sync"): the outbox and the sync tables, only written once the phone has joined a team.
    this.version(2).stores({ summaries: 'code', outbox: 'key', syncRevs: 'id', reviews: 'id', refusedDocs: 'id' });
    // Data version 2: records move to the ids derived from their tax codes, in the one upgrade transaction.
    this.version(3)
      .stores({})
      .upgrade((tx) => {
        // Not loaded (open() without loadUpgraders): the upgrade aborts and the data stays as it was.
        if (!this.taxCodeIds) throw new Error('EidDatabase: call loadUpgraders() before opening an older database');
        return this.taxCodeIds(tx, CHUNK_SIZE);
      });
  }

  /**
   * Loads the upgraders an existing older database needs, before `open()`: an
   * upgrade transaction cannot wait for a module to load. A new or current
   * database loads none. Resolves false when no database of this name exists yet
   * (true when the browser cannot tell).
   */
  async loadUpgraders(): Promise<boolean> {
    const stored = await storedVersion(this.name);
    if (stored !== null && stored < this.verno * 10) {
      this.taxCodeIds = (await import('./upgrade-tax-code-ids')).upgradeToTaxCodeIds;
    }
    return stored !== null;
  }
}

/** The native version of the named database (Dexie's version × 10), null when there is none; 0 when the browser cannot tell. */
async function storedVersion(name: string): Promise<number | null> {
  if (typeof indexedDB.databases !== 'function') return 0;
  const found = (await indexedDB.databases()).find((d) => d.name === name);
  return found ? (found.version ?? 0) : null;
}
