import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import type { EidDatabase } from '../../../src/storage/db';
import { SettingsRepository } from '../../../src/storage/settings-repository';
import { WriteGuard } from '../../../src/storage/write-guard';
import { freshDb } from './test-db';

let db: EidDatabase;
afterEach(() => db?.close());

describe('SettingsRepository', () => {
  it('returns defaults on a new device and what was saved afterwards', async () => {
    db = freshDb();
    const repo = new SettingsRepository(db, new WriteGuard());
    expect(await repo.load()).toEqual(DEFAULT_SETTINGS);
    await repo.save({ ...DEFAULT_SETTINGS, userName: ' Lê Thị Hoà ', communeCodes: ['00004'] });
    const loaded = await repo.load();
    expect(loaded.userName).toBe('Lê Thị Hoà');
    expect(loaded.communeCodes).toEqual(['00004']);
  });

  it('fills fields missing from settings written by an older version', async () => {
    db = freshDb();
    await db.settings.put({ key: 'settings', value: { userName: 'An' } as never });
    const loaded = await new SettingsRepository(db, new WriteGuard()).load();
    expect(loaded.userName).toBe('An');
    expect(loaded.targets.enterprisePct).toBe(80);
  });

  it('rejects invalid settings instead of storing them', async () => {
    db = freshDb();
    const repo = new SettingsRepository(db, new WriteGuard());
    await expect(repo.save({ ...DEFAULT_SETTINGS, publicBaseUrl: 'javascript:alert(1)' })).rejects.toThrow();
    expect(await db.settings.count()).toBe(0);
  });
});
