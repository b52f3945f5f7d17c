import { common } from '../../i18n/common';
import { ReadOnlyError, StorageFullError } from '../../storage/errors';

/** A Vietnamese sentence for a failed write; unexpected errors are logged and given a generic message. */
export function describeSaveError(error: unknown): string {
  if (error instanceof StorageFullError) return common.storageFull;
  if (error instanceof ReadOnlyError) return common.readOnlyError;
  console.error(error);
  return common.saveFailed;
}
