import { describe, expect, it } from 'vitest';
import { createServices } from '../../../src/app/services';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { EidDatabase } from '../../../src/storage/db';

describe('createServices', () => {
  it('hands components models and a few functions, never the database, the write guard or a repository', () => {
    const services = createServices(new EidDatabase(`services-${Math.random()}`));
    expect(Object.keys(services).sort()).toEqual(
      ['data', 'dataLoss', 'documents', 'followUps', 'loadAdminUnits', 'members', 'open', 'openVisit', 'progress', 'pwa', 'registry', 'rollup', 'settings', 'status', 'storage', 'team', 'teamWork'].sort(),
    );
  });

  it('builds the data models once, from their lazy chunk, on first use', async () => {
    const services = createServices(new EidDatabase(`services-${Math.random()}`));
    expect(services.data.current).toBeNull();
    const data = await services.data();
    expect(Object.keys(data).sort()).toEqual(['backup', 'exports', 'history', 'imports']);
    expect(await services.data()).toBe(data);
  });

  it('opens a fresh database (fake-indexeddb): ready, writable, default settings', async () => {
    const services = createServices(new EidDatabase(`services-${Math.random()}`));
    expect(services.status.openState.value).toBe('opening');
    await services.open();
    expect(services.status.openState.value).toBe('ready');
    expect(services.status.readOnly.value).toBeNull();
    expect(services.settings.settings.value).toEqual(DEFAULT_SETTINGS);
  });
});
