import type { DocumentFields, DocumentLink } from '../domain/document-link';
import { newId } from '../domain/ids';
import { officialDocuments } from '../domain/official-documents';
import type { EidDatabase } from './db';
import { mapStorageErrors } from './errors';
import type { WriteGuard } from './write-guard';

/** Set once the official links were written, so an official link the user deleted stays deleted. */
const SEEDED_KEY = 'documents-seeded';

export class DocumentRepository {
  constructor(
    private readonly db: EidDatabase,
    private readonly guard: WriteGuard,
    private readonly now: () => number = Date.now,
  ) {}

  /** Every document link, official ones first, then by title; the official links are written on first use. */
  async list(): Promise<DocumentLink[]> {
    if (!this.guard.readOnlyReason && !(await this.db.meta.get(SEEDED_KEY))) await this.seed();
    const all = await this.db.documents.toArray();
    return all.sort((a, b) => Number(b.official) - Number(a.official) || a.title.localeCompare(b.title, 'vi'));
  }

  /** Creates (no id) or updates a link; an edited official link stays marked official. */
  async save(fields: DocumentFields, id?: string): Promise<DocumentLink> {
    this.guard.assertWritable();
    const existing = id ? await this.db.documents.get(id) : undefined;
    const doc: DocumentLink = { ...fields, id: existing?.id ?? newId(), official: existing?.official ?? false, updatedAt: this.now() };
    await mapStorageErrors(() => this.db.documents.put(doc));
    return doc;
  }

  async remove(id: string): Promise<void> {
    this.guard.assertWritable();
    await mapStorageErrors(() => this.db.documents.delete(id));
  }

  /** The links and the "seeded" mark in one transaction: a half-written seed would be re-run, never duplicated (ids are fixed). */
  private async seed(): Promise<void> {
    const at = this.now();
    await mapStorageErrors(() =>
      this.db.transaction('rw', this.db.documents, this.db.meta, async () => {
        if (await this.db.meta.get(SEEDED_KEY)) return;
        await this.db.documents.bulkPut(officialDocuments.map((d) => ({ ...d, official: true, updatedAt: at })));
        await this.db.meta.put({ key: SEEDED_KEY, value: at });
      }),
    );
  }
}
