// The small part of PouchDB's API the sync engine uses (the package ships no types).
declare module 'pouchdb-browser' {
  interface Doc {
    _id: string;
    _rev?: string;
    _deleted?: boolean;
    _conflicts?: string[];
    [field: string]: unknown;
  }
  interface Change {
    id: string;
    seq: number;
    doc?: Doc;
  }
  interface Emitter {
    on(event: string, listener: (info: never) => void): this;
    cancel(): void;
  }
  /** A two-way replication: its one-way halves emit their own events (`paused` with the error, `checkpoint`). */
  interface Sync extends Emitter {
    push: Emitter;
    pull: Emitter;
  }
  interface Response {
    ok?: boolean;
    id: string;
    rev?: string;
    error?: string;
  }
  export default class PouchDB {
    constructor(name: string, options?: Record<string, unknown>);
    changes(options: Record<string, unknown> & { live: true }): Emitter;
    changes(options: Record<string, unknown>): Promise<{ results: Change[]; last_seq: number }>;
    get(id: string, options?: Record<string, unknown>): Promise<Doc>;
    bulkDocs(docs: Doc[], options?: Record<string, unknown>): Promise<Response[]>;
    info(): Promise<{ update_seq: number }>;
    sync(remote: PouchDB, options: Record<string, unknown>): Sync;
    close(): Promise<void>;
    destroy(): Promise<void>;
  }
}
