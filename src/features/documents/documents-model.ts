import { signal } from '@preact/signals';
import { describeSaveError } from '../../context/describe-error';
import type { DocumentFields, DocumentLink } from '../../domain/document-link';
import { done, failed, type Outcome } from '../../domain/outcome';
import type { DocumentRepository } from '../../storage/document-repository';

/**
 * The document links, loaded on first need (not at start-up): the repository,
 * with the official links it writes on first use, is opened then too (a lazy chunk).
 */
export function createDocumentsModel(openRepository: () => Promise<DocumentRepository>) {
  const list = signal<DocumentLink[] | null>(null);
  let loading: Promise<void> | null = null;
  let opening: Promise<DocumentRepository> | null = null;
  const repository = () => (opening ??= openRepository());

  function load(): Promise<void> {
    loading ??= reload();
    return loading;
  }

  /** Reads the list again, e.g. after a restore replaced the table. */
  async function reload(): Promise<void> {
    list.value = await (await repository()).list();
  }

  /** Runs a write, then shows the list as stored. */
  async function attempt(write: () => Promise<unknown>): Promise<Outcome> {
    try {
      await write();
      await reload();
      return done;
    } catch (error) {
      return failed(describeSaveError(error));
    }
  }

  const save = (fields: DocumentFields, id?: string): Promise<Outcome> => attempt(async () => (await repository()).save(fields, id));
  const remove = (id: string): Promise<Outcome> => attempt(async () => (await repository()).remove(id));

  return { list, load, reload, save, remove };
}

declare module '../../context/services' {
  interface Services {
    documents: ReturnType<typeof createDocumentsModel>;
  }
}
