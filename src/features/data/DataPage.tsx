import { useLazyModel } from '../../context/lazy-model';
import { useServices } from '../../context/services';
import { isFiltering, parseRegistryQuery } from '../../domain/registry-query';
import { common } from '../../i18n/common';
import { dataText as t } from '../../i18n/data';
import { teamText } from '../../i18n/team';
import type { PageProps } from '../../routing/page-props';
import { paths } from '../../routing/paths';
import { BackupSection } from './backup/BackupSection';
import { SafetyPanel } from './backup/SafetyPanel';
import { ExportSection } from './export/ExportSection';
import { ImportHistory } from './import/ImportHistory';
import { ImportSection } from './import/ImportSection';
import './data.css';

/** /du-lieu: everything that moves data in or out of the device, and whether it is safe. */
export default function DataPage({ query }: PageProps) {
  const { data, team } = useServices();
  const model = useLazyModel(data);
  // Arriving from the registry's "Xuất danh sách này" link carries its filter in the URL.
  const filter = parseRegistryQuery(query);
  return (
    <section class="data">
      <h1 tabIndex={-1}>{t.title}</h1>
      {team.reviews.value.length > 0 && (
        <p class="banner banner--warning">
          <a href={paths.teamReview()}>{teamText.reviewCount(team.reviews.value.length)}</a>
        </p>
      )}
      {model ? (
        <>
          <SafetyPanel model={model.backup} />
          <BackupSection model={model.backup} />
          <ImportSection model={model.imports} />
          <ImportHistory model={model.history} importing={model.imports} />
          <ExportSection model={model.exports} filter={isFiltering(filter) ? filter : undefined} />
        </>
      ) : (
        <p class="loading">{common.loading}</p>
      )}
    </section>
  );
}
