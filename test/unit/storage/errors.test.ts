import { describe, expect, it } from 'vitest';
import { isQuotaError, mapStorageErrors, StorageFullError } from '../../../src/storage/errors';

describe('storage errors', () => {
  it('recognises a quota error directly or wrapped in Dexie’s AbortError', () => {
    expect(isQuotaError({ name: 'QuotaExceededError' })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError({ name: 'AbortError' })).toBe(false);
  });

  it('turns a quota failure into StorageFullError and leaves others alone', async () => {
    await expect(mapStorageErrors(() => Promise.reject({ name: 'QuotaExceededError' }))).rejects.toBeInstanceOf(
      StorageFullError,
    );
    await expect(mapStorageErrors(() => Promise.reject(new TypeError('x')))).rejects.toBeInstanceOf(TypeError);
  });
});
