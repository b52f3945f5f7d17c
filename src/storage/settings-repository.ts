import { DEFAULT_SETTINGS, type Settings, settingsSchema } from '../domain/settings';
import type { EidDatabase } from './db';
import { mapStorageErrors } from './errors';
import type { WriteGuard } from './write-guard';

export class SettingsRepository {
  constructor(
    private readonly db: EidDatabase,
    private readonly guard: WriteGuard,
  ) {}

  /** Stored settings, or defaults. A row written by another app version is validated, and defaults fill what is missing or invalid. */
  async load(): Promise<Settings> {
    const row = await this.db.settings.get('settings');
    if (!row) return DEFAULT_SETTINGS;
    const parsed = settingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...(row.value as object) });
    return parsed.success ? parsed.data : DEFAULT_SETTINGS;
  }

  async save(settings: Settings): Promise<void> {
    this.guard.assertWritable();
    const value = settingsSchema.parse(settings);
    await mapStorageErrors(() => this.db.settings.put({ key: 'settings', value }));
  }
}
