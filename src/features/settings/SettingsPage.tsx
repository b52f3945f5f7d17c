import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../../context/services';
import type { AdminUnits } from '../../domain/admin-units';
import { common } from '../../i18n/common';
import { settingsText as t } from '../../i18n/settings';
import { formatBytes } from '../../ui/format';
import { SettingsForm } from './SettingsForm';

function StorageStatusNote() {
  const { storage } = useServices();
  const { persisted, usageBytes, quotaBytes } = storage.status.value;
  return (
    <section aria-labelledby="storage-h">
      <h2 id="storage-h">{t.storage}</h2>
      <p data-testid="persisted-state">
        {persisted === true ? t.persisted : persisted === false ? t.notPersisted : t.persistUnknown}
      </p>
      {usageBytes !== null && quotaBytes !== null && <p>{t.used(formatBytes(usageBytes), formatBytes(quotaBytes))}</p>}
    </section>
  );
}

export default function SettingsPage() {
  const { settings, loadAdminUnits, storage } = useServices();
  const [units, setUnits] = useState<AdminUnits | null>(null);

  useEffect(() => {
    void loadAdminUnits().then(setUnits);
    void storage.refresh();
  }, []);

  return (
    <section>
      <h1 tabIndex={-1}>{t.title}</h1>
      {units ? (
        <SettingsForm
          initial={settings.settings.value}
          units={units}
          saving={settings.saving.value}
          onSave={settings.save}
        />
      ) : (
        <p class="loading">{common.loading}</p>
      )}
      <StorageStatusNote />
      {units && (
        <section aria-labelledby="units-h">
          <h2 id="units-h">{t.about}</h2>
          <p class="muted">{t.aboutUnits(units.version, units.source)}</p>
        </section>
      )}
    </section>
  );
}
