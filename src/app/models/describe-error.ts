import { common } from '../../i18n/common';
import { ReadOnlyError, StorageFullError } from '../../storage/errors';

/** A Vietnamese sentence for a failed write; unexpected errors are logged and given a generic message. */
export function describeSaveError(error: unknown): string {
  if (error instanceof StorageFullError) return common.storageFull;
  if (error instanceof ReadOnlyError) return common.readOnlyError;
  console.error(error);
  return `Không lưu được: ${error instanceof Error ? error.message : String(error)}`;
}

/** Why an autosaved draft could not be written: what was typed is only on the screen now. */
export function describeDraftError(error: unknown): string {
  if (error instanceof StorageFullError) return common.draftNotSavedFull;
  console.error(error);
  return common.draftNotSaved;
}
