import { describe, expect, it, vi } from 'vitest';
import { createSettingsModel } from '../../../../src/app/models/settings-model';
import { DEFAULT_SETTINGS } from '../../../../src/domain/settings';
import { common } from '../../../../src/i18n/common';
import { SettingsRepository } from '../../../../src/storage/settings-repository';
import { WriteGuard } from '../../../../src/storage/write-guard';
import { freshDb } from '../../storage/test-db';

describe('settings model', () => {
  it('saves, shows the new settings and reports the real save', async () => {
    const db = freshDb();
    const afterSave = vi.fn();
    const model = createSettingsModel(new SettingsRepository(db, new WriteGuard()), afterSave);
    const next = { ...DEFAULT_SETTINGS, userName: 'Hoà' };
    const saving = model.save(next);
    expect(model.saving.value).toBe(true);
    expect(await saving).toEqual({ ok: true, value: undefined });
    expect(model.saving.value).toBe(false);
    expect(model.settings.value).toEqual(next);
    expect(afterSave).toHaveBeenCalledTimes(1);

    const reread = createSettingsModel(new SettingsRepository(db, new WriteGuard()), () => {});
    await reread.load();
    expect(reread.settings.value.userName).toBe('Hoà');
  });

  it('says in Vietnamese why it could not save, and keeps the settings it had', async () => {
    const guard = new WriteGuard();
    const afterSave = vi.fn();
    const model = createSettingsModel(new SettingsRepository(freshDb(), guard), afterSave);
    guard.block('upgrade-pending');
    expect(await model.save({ ...DEFAULT_SETTINGS, userName: 'Hoà' })).toEqual({ ok: false, message: common.readOnlyError });
    expect(model.saving.value).toBe(false);
    expect(model.settings.value).toEqual(DEFAULT_SETTINGS);
    expect(afterSave).not.toHaveBeenCalled();
  });
});
