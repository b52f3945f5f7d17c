import { signal } from '@preact/signals';
import { readMarker, writeMarker } from '../../storage/data-marker';
import type { OrganisationRepository } from '../../storage/organisation-repository';

export interface DataLoss {
  /** Organisations this phone held before the database went missing. */
  records: number;
  lastBackupAt: number | null;
}

/**
 * Notices a database emptied behind the app's back (eviction, site data
 * cleared) by comparing it with the marker kept outside it, and keeps that
 * marker current after every change. Deliberate changes (removing demo data,
 * restoring a smaller backup) go through the repository, so the marker follows
 * them and never cries wolf.
 */
export function createDataLossModel(organisations: OrganisationRepository) {
  const lost = signal<DataLoss | null>(null);
  let tracking = false;

  function remember(): void {
    if (lost.value) return; // keep the count of what was lost until the user answers
    writeMarker({ records: organisations.liveCount(), lastBackupAt: readMarker()?.lastBackupAt ?? null, lost: false });
  }

  /** After opening, or after the connection closed under the app: `storedEmpty` says the database holds no organisations. */
  function check(storedEmpty: boolean): void {
    const marker = readMarker();
    if (marker && (marker.lost || (storedEmpty && marker.records > 0))) {
      lost.value = { records: marker.records, lastBackupAt: marker.lastBackupAt };
      writeMarker({ ...marker, lost: true });
      return;
    }
    remember();
    if (!tracking) {
      tracking = true;
      organisations.subscribe(remember);
    }
  }

  /** The marker says this phone held organisations (or lost them): an absent database is then a loss, not a first start. */
  function expectsRecords(): boolean {
    const marker = readMarker();
    return marker !== null && (marker.lost || marker.records > 0);
  }

  function backedUp(at: number): void {
    const marker = readMarker();
    writeMarker({ records: marker?.records ?? organisations.liveCount(), lost: marker?.lost ?? false, lastBackupAt: at });
  }

  /** The user restored a backup or chose to start afresh. */
  function resolve(): void {
    lost.value = null;
    remember();
    check(false);
  }

  return { lost, check, expectsRecords, backedUp, resolve };
}
