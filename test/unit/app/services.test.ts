import { afterEach, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../../src/app/services';
import { officialDocuments } from '../../../src/domain/official-documents';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { EidDatabase } from '../../../src/storage/db';
import { makeOrg } from '../storage/org-fixture';
import { freshDb } from '../storage/test-db';

const opened: EidDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function servicesOn(db = freshDb()): Services {
  opened.push(db);
  return createServices(db);
}

describe('createServices', () => {
  it('builds every model and repository, and none of them touches the database before open', () => {
    const services = servicesOn();
    expect(Object.keys(services).sort()).toEqual(
      ['backups', 'dataLoss', 'db', 'documents', 'drafts', 'guard', 'imports', 'loadAdminUnits', 'open', 'openVisit', 'organisations', 'progress', 'pwa', 'registry', 'settings', 'status', 'storage', 'visits'].sort(),
    );
    expect(services.status.openState.value).toBe('opening');
    expect(opened[0]!.isOpen()).toBe(false);
  });

  it('opens a fresh database (fake-indexeddb): ready, writable, default settings, no records', async () => {
    const services = servicesOn();
    await services.open();
    expect(services.status.openState.value).toBe('ready');
    expect(services.status.readOnly.value).toBeNull();
    expect(services.settings.settings.value).toEqual(DEFAULT_SETTINGS);
    expect(services.organisations.all()).toEqual([]);
  });

  it('wires the models to the one database: what one writes, the others read', async () => {
    const services = servicesOn();
    await services.open();
    await services.organisations.save(makeOrg({ id: 'a', name: 'Công ty Lan' }));
    await services.documents.load();
    expect(services.documents.list.value).toHaveLength(officialDocuments.length);
    const again = servicesOn(new EidDatabase(opened[0]!.name));
    await again.open();
    expect(again.organisations.all().map((o) => o.name)).toEqual(['Công ty Lan']);
  });
});
