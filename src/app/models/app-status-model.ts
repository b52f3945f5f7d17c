import { signal } from '@preact/signals';

export type OpenState = 'opening' | 'loading' | 'ready' | 'failed';

/** Where the local database stands, as the shell shows it. */
export function createAppStatusModel() {
  return {
    openState: signal<OpenState>('opening'),
    loadedRecords: signal(0),
    /** The database did not exist and this phone expects no records: the registry is empty before it opens. */
    firstStart: signal(false),
    readOnly: signal<'newer-data' | 'upgrade-pending' | null>(null),
    versionChanged: signal(false),
    upgradeBlocked: signal(false),
    staleChunk: signal(false),
  };
}
