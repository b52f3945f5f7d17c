import { common } from '../i18n/common';
import { isQuotaError, ReadOnlyError, StorageFullError } from '../storage/errors';

/**
 * A Vietnamese sentence for a failed write. A quota error is recognised even
 * when it did not pass through `mapStorageErrors`; anything else is logged and
 * given a generic sentence, never the browser's error name or English text.
 */
export function describeSaveError(error: unknown): string {
  if (error instanceof StorageFullError || isQuotaError(error)) return common.storageFull;
  if (error instanceof ReadOnlyError) return common.readOnlyError;
  console.error(error);
  return common.saveFailed;
}

/** Why an autosaved draft could not be written: what was typed is only on the screen now. */
export function describeDraftError(error: unknown): string {
  if (error instanceof StorageFullError) return common.draftNotSavedFull;
  console.error(error);
  return common.draftNotSaved;
}
