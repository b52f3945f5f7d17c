import { useLazyModel } from '../../context/lazy-model';
import { useServices } from '../../context/services';
import { isFiltering, parseRegistryQuery } from '../../domain/registry-query';
import { common } from '../../i18n/common';
import { dataText as t } from '../../i18n/data';
import type { PageProps } from '../../routing/page-props';
import { BackupSection } from './backup/BackupSection';
import { SafetyPanel } from './backup/SafetyPanel';
import { ExportSection } from './export/ExportSection';
import { ImportHistory } from './import/ImportHistory';
import { ImportSection } from './import/ImportSection';
import './data.css';

/** /du-lieu: everything that moves data in or out of the device, and whether it is safe. */
export default function DataPage({ query }: PageProps) {
  const model = useLazyModel(useServices().data);
  // Arriving from the registry's "Xuất danh sách này" link carries its filter in the URL.
  const filter = parseRegistryQuery(query);
  return (
    <section class="data">
      <h1 tabIndex={-1}>{t.title}</h1>
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
