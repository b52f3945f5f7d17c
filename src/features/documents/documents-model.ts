import { signal } from '@preact/signals';
import type { DocumentFields } from '../../domain/document-link';
import type { DocumentLink } from '../../domain/document-link';
import type { DocumentRepository } from '../../storage/document-repository';
import { describeSaveError } from '../../app/models/describe-error';

/** The document links, loaded on first need (not at start-up). */
export function createDocumentsModel(repo: DocumentRepository) {
  const list = signal<DocumentLink[] | null>(null);
  let loading: Promise<void> | null = null;

  function load(): Promise<void> {
    loading ??= repo.list().then((docs) => {
      list.value = docs;
    });
    return loading;
  }

  /** Reads the list again, e.g. after a restore replaced the table. */
  async function reload(): Promise<void> {
    list.value = await repo.list();
  }

  /** Saves and returns null, or the Vietnamese reason it could not. */
  async function save(fields: DocumentFields, id?: string): Promise<string | null> {
    try {
      await repo.save(fields, id);
      await reload();
      return null;
    } catch (error) {
      return describeSaveError(error);
    }
  }

  async function remove(id: string): Promise<string | null> {
    try {
      await repo.remove(id);
      await reload();
      return null;
    } catch (error) {
      return describeSaveError(error);
    }
  }

  return { list, load, reload, save, remove };
}
