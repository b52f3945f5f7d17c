import { signal } from '@preact/signals';
import { describeSaveError } from '../../context/describe-error';
import { done, failed, type Outcome } from '../../domain/outcome';
import { DEFAULT_SETTINGS, type Settings } from '../../domain/settings';
import type { SettingsRepository } from '../../storage/settings-repository';

export function createSettingsModel(repo: SettingsRepository, afterSave: () => void) {
  const settings = signal<Settings>(DEFAULT_SETTINGS);
  const saving = signal(false);

  async function load(): Promise<void> {
    settings.value = await repo.load();
  }

  async function save(next: Settings): Promise<Outcome> {
    saving.value = true;
    try {
      await repo.save(next);
      settings.value = next;
      afterSave();
      return done;
    } catch (error) {
      return failed(describeSaveError(error));
    } finally {
      saving.value = false;
    }
  }

  return { settings, saving, load, save };
}

export type SettingsModel = ReturnType<typeof createSettingsModel>;
