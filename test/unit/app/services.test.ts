import { describe, expect, it } from 'vitest';
import { createServices } from '../../../src/app/services';
import { EidDatabase } from '../../../src/storage/db';

describe('createServices', () => {
  it('hands components models and a few functions, never the database, the write guard or a repository', () => {
    const services = createServices(new EidDatabase(`services-${Math.random()}`));
    expect(Object.keys(services).sort()).toEqual(
      ['data', 'dataLoss', 'documents', 'followUps', 'loadAdminUnits', 'open', 'openVisit', 'progress', 'pwa', 'registry', 'settings', 'status', 'storage'].sort(),
    );
  });

  it('builds the data models once, from their lazy chunk, on first use', async () => {
    const services = createServices(new EidDatabase(`services-${Math.random()}`));
    expect(services.data.current).toBeNull();
    const data = await services.data();
    expect(Object.keys(data).sort()).toEqual(['backup', 'exports', 'history', 'imports']);
    expect(await services.data()).toBe(data);
  });
});
