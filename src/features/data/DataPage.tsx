import { useMemo } from 'preact/hooks';
import { useServices } from '../../app/context';
import { isFiltering, parseRegistryQuery } from '../../domain/registry-query';
import { dataText as t } from '../../i18n/data';
import { teamText } from '../../i18n/team';
import { paths } from '../../routing/paths';
import type { PageProps } from '../../routing/page-props';
import { BackupSection } from './BackupSection';
import { createBackupModel } from './backup-model';
import { ExportSection } from './ExportSection';
import { ImportHistory } from './ImportHistory';
import { ImportSection } from './ImportSection';
import { SafetyPanel } from './SafetyPanel';
import './data.css';

/** /du-lieu: everything that moves data in or out of the device, and whether it is safe. */
export default function DataPage({ query }: PageProps) {
  const services = useServices();
  const backup = useMemo(() => createBackupModel(services), [services]);
  // Arriving from the registry's "Xuất danh sách này" link carries its filter in the URL.
  const filter = parseRegistryQuery(query);
  return (
    <section class="data">
      <h1 tabIndex={-1}>{t.title}</h1>
      {services.team.reviews.value.length > 0 && (
        <p class="banner banner--warning">
          <a href={paths.teamReview()}>{teamText.reviewCount(services.team.reviews.value.length)}</a>
        </p>
      )}
      <SafetyPanel model={backup} />
      <BackupSection model={backup} />
      <ImportSection />
      <ImportHistory />
      <ExportSection model={backup} filter={isFiltering(filter) ? filter : undefined} />
    </section>
  );
}
