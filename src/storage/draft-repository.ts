import type { EidDatabase } from './db';
import { mapStorageErrors } from './errors';

/**
 * Autosaved drafts (forms, visits in progress), keyed by where they belong.
 * Drafts are written even when the app is read-only: losing typed work is worse
 * than a stale draft, and a draft never changes the registry by itself.
 */
export class DraftRepository {
  constructor(private readonly db: EidDatabase) {}

  async get<T>(key: string): Promise<{ value: T; savedAt: number } | undefined> {
    const row = await this.db.drafts.get(key);
    return row ? { value: row.value as T, savedAt: row.savedAt } : undefined;
  }

  /** Rejects with StorageFullError when the disk is full, so the page can say the draft is not saved. */
  async put(key: string, value: unknown): Promise<void> {
    await mapStorageErrors(() => this.db.drafts.put({ key, value, savedAt: Date.now() }));
  }

  async remove(key: string): Promise<void> {
    await this.db.drafts.delete(key);
  }

  async keysWithPrefix(prefix: string): Promise<string[]> {
    return (await this.db.drafts.where('key').startsWith(prefix).primaryKeys()) as string[];
  }
}
