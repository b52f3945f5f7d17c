import { useEffect } from 'preact/hooks';
import { useServices } from '../../../context/services';
import { dataText as t } from '../../../i18n/data';
import { Banner } from '../../../ui/Banner';
import { formatBytes } from '../../../ui/format';
import type { BackupModel } from './backup-model';
import { isIosSafariTab } from './reminder';

/** Is the data safe on this phone: persistence, space, records, last backup, and what to do if not. */
export function SafetyPanel({ model }: { model: BackupModel }) {
  const { storage } = useServices();
  useEffect(() => {
    void storage.refresh();
    void model.refresh();
  }, []);
  const { persisted, usageBytes, quotaBytes } = storage.status.value;
  const last = model.lastBackupAt.value;
  const reminder = model.reminder(Date.now());
  return (
    <section aria-labelledby="safety-h" data-testid="safety">
      <h2 id="safety-h">{t.safety.heading}</h2>
      <p data-testid="safety-persisted">{persisted === true ? t.safety.persisted : persisted === false ? t.safety.notPersisted : t.safety.persistUnknown}</p>
      {usageBytes !== null && quotaBytes !== null && <p>{t.safety.used(formatBytes(usageBytes), formatBytes(quotaBytes))}</p>}
      <p>{t.safety.records(model.recordCount())}</p>
      <p data-testid="last-backup">{last === null ? t.safety.never : t.safety.lastBackup(new Date(last).toLocaleString('vi-VN'))}</p>
      {reminder && (
        <Banner tone="warning">
          <span data-testid="backup-reminder">{t.safety.remind(reminder.days, reminder.changes)}</span>
        </Banner>
      )}
      {isIosSafariTab() && <Banner tone="warning">{t.safety.ios}</Banner>}
    </section>
  );
}
