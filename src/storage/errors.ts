/** Storage failures the UI must explain in Vietnamese rather than crash on. */
export class StorageFullError extends Error {
  override name = 'StorageFullError';
}

export class ReadOnlyError extends Error {
  override name = 'ReadOnlyError';
}

interface MaybeWrapped {
  name?: string;
  inner?: MaybeWrapped;
}

/** Dexie often wraps QuotaExceededError in an AbortError (`.inner`): look through both. */
export function isQuotaError(error: unknown): boolean {
  let e = error as MaybeWrapped | undefined;
  for (let depth = 0; e && depth < 4; depth++) {
    if (e.name === 'QuotaExceededError') return true;
    e = e.inner;
  }
  return false;
}

export async function mapStorageErrors<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isQuotaError(error)) throw new StorageFullError('quota', { cause: error });
    throw error;
  }
}
