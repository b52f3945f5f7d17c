import { signal } from '@preact/signals';
import { DEFAULT_SETTINGS, type Settings } from '../../domain/settings';
import type { SettingsRepository } from '../../storage/settings-repository';
import { describeSaveError } from '../../context/describe-error';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

export function createSettingsModel(repo: SettingsRepository, afterSave: () => void) {
  const settings = signal<Settings>(DEFAULT_SETTINGS);
  const saveState = signal<SaveState>('idle');

  async function load(): Promise<void> {
    settings.value = await repo.load();
  }

  /** Saves and returns null, or returns the Vietnamese reason it could not. */
  async function save(next: Settings): Promise<string | null> {
    saveState.value = 'saving';
    try {
      await repo.save(next);
      settings.value = next;
      saveState.value = 'saved';
      afterSave();
      return null;
    } catch (error) {
      saveState.value = 'error';
      return describeSaveError(error);
    }
  }

  return { settings, saveState, load, save };
}

export type SettingsModel = ReturnType<typeof createSettingsModel>;
