import type { OrgChunk } from './db';

/** Where a context's writes stand: another context can wait until it has seen them (`caughtUp`). */
export interface SyncPoint {
  writer: string;
  seq: number;
}

/** The notice a context posts after committing chunks; its format is what every tab and worker reads. */
export interface ChunksChanged extends SyncPoint {
  chunks: number[];
}

/** Chunks read at once when loading: ~10,000 records, a few tens of ms on the page. */
export const CHUNKS_PER_READ = 40;

/**
 * Chunks read at once when catching up with other contexts' writes: ~2,000
 * records. An import announces all its chunks while the user keeps working, and
 * absorbing 10,000 records in one task (plus the garbage collection it brings)
 * blocked the page for over 200 ms on this machine; each read of a piece is a
 * new task, so the page answers between pieces.
 */
export const CATCH_UP_CHUNKS_PER_READ = 8;

type ReadChunks = (ids: number[]) => Promise<(OrgChunk | undefined)[]>;
type ApplyChunks = (ids: number[], chunks: (OrgChunk | undefined)[]) => void;

/**
 * Keeps one context's view of the chunks in step with what other contexts
 * (tabs, the import worker) commit, over a BroadcastChannel: announces this
 * context's writes and reads the chunks others announce.
 */
export class ChunkSync {
  private readonly channel: BroadcastChannel | null;
  private readonly writer = crypto.randomUUID();
  private seq = 0;
  private readonly seen = new Map<string, number>();
  private waiters: { point: SyncPoint; resolve: () => void }[] = [];
  private pending: ChunksChanged[] = [];
  private draining: Promise<void> | null = null;

  constructor(
    name: string,
    private readonly read: ReadChunks,
    private readonly apply: ApplyChunks,
  ) {
    this.channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(name);
    this.channel?.addEventListener('message', (e: MessageEvent<ChunksChanged>) => {
      this.pending.push(e.data);
      this.draining ??= this.drain();
    });
  }

  /** This context's last write, for another context to wait on. */
  get syncPoint(): SyncPoint {
    return { writer: this.writer, seq: this.seq };
  }

  /** Resolves once this context has taken in another context's writes up to `point`. */
  caughtUp(point: SyncPoint): Promise<void> {
    if (point.writer === this.writer || (this.seen.get(point.writer) ?? 0) >= point.seq) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ point, resolve }));
  }

  announce(chunks: number[]): void {
    this.seq++;
    this.channel?.postMessage({ chunks, writer: this.writer, seq: this.seq } satisfies ChunksChanged);
  }

  close(): void {
    this.channel?.close();
  }

  /**
   * Reads the announced chunks one read at a time (so an older read never lands
   * after a newer one), taking the notices that arrived meanwhile in the same
   * read, and a notice of many chunks (a restore in another tab) in several.
   */
  private async drain(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const notices = this.takeNotices();
        const ids = [...new Set(notices.flatMap((n) => n.chunks))];
        for (let i = 0; i < ids.length; i += CATCH_UP_CHUNKS_PER_READ) {
          const piece = ids.slice(i, i + CATCH_UP_CHUNKS_PER_READ);
          this.apply(piece, await this.read(piece));
        }
        for (const { writer, seq } of notices) this.seen.set(writer, Math.max(seq, this.seen.get(writer) ?? 0));
        this.waiters = this.waiters.filter((w) => {
          const done = (this.seen.get(w.point.writer) ?? 0) >= w.point.seq;
          if (done) w.resolve();
          return !done;
        });
      }
    } catch (error) {
      // The connection closed (another tab upgrading): this tab is asked to reload anyway.
      console.error(error);
    } finally {
      this.draining = null;
    }
  }

  /** Pending notices for one read: all of them, up to about CATCH_UP_CHUNKS_PER_READ chunks, so no read blocks the page for long. */
  private takeNotices(): ChunksChanged[] {
    let chunks = 0;
    let n = 0;
    while (n < this.pending.length && (n === 0 || chunks + this.pending[n]!.chunks.length <= CATCH_UP_CHUNKS_PER_READ)) {
      chunks += this.pending[n]!.chunks.length;
      n++;
    }
    return this.pending.splice(0, n);
  }
}
