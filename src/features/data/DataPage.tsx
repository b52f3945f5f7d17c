import { useMemo } from 'preact/hooks';
import { useServices } from '../../app/context';
import { dataText as t } from '../../i18n/data';
import './data.css';
import { BackupSection } from './BackupSection';
import { createBackupModel } from './backup-model';
import { ExportSection } from './ExportSection';
import { ImportHistory } from './ImportHistory';
import { ImportSection } from './ImportSection';
import { SafetyPanel } from './SafetyPanel';

/** /du-lieu: everything that moves data in or out of the device, and whether it is safe. */
export default function DataPage() {
  const services = useServices();
  const backup = useMemo(() => createBackupModel(services), [services]);
  return (
    <section class="data">
      <h1 tabIndex={-1}>{t.title}</h1>
      <SafetyPanel model={backup} />
      <BackupSection model={backup} />
      <ImportSection />
      <ImportHistory />
      <ExportSection model={backup} />
    </section>
  );
}
