import { afterEach, describe, expect, it, vi } from 'vitest';
import { describeSaveError } from '../../../src/context/describe-error';
import { common } from '../../../src/i18n/common';
import { ReadOnlyError, StorageFullError } from '../../../src/storage/errors';

describe('describeSaveError', () => {
  afterEach(() => vi.restoreAllMocks());

  it('says the disk is full for a quota error, mapped or still wrapped in Dexie’s AbortError', () => {
    expect(describeSaveError(new StorageFullError('quota'))).toBe(common.storageFull);
    expect(describeSaveError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(common.storageFull);
    expect(describeSaveError(new DOMException('x', 'QuotaExceededError'))).toBe(common.storageFull);
  });

  it('never shows the browser’s error name or English text', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(describeSaveError(new ReadOnlyError('newer-data'))).toBe(common.readOnlyError);
    const message = describeSaveError(new DOMException('The database connection is closing.', 'InvalidStateError'));
    expect(message).toBe(common.saveFailed);
    expect(message).not.toMatch(/Error|database/);
  });
});
