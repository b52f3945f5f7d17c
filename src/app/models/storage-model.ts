import { signal } from '@preact/signals';
import { readStorageStatus, requestPersistence, type StorageStatus } from '../../pwa/persistence';

/** Persistence requested after the first real save (a user gesture precedes it), and its state shown. */
export function createStorageModel() {
  const status = signal<StorageStatus>({ persisted: null, usageBytes: null, quotaBytes: null });
  let requested = false;

  async function refresh(): Promise<void> {
    status.value = await readStorageStatus();
  }

  function afterRealSave(): void {
    if (requested) return;
    requested = true;
    void requestPersistence().then(refresh);
  }

  return { status, refresh, afterRealSave };
}
