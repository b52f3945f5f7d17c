import { useState } from 'preact/hooks';
import { useServices } from '../../context/services';
import type { Outcome } from '../../domain/outcome';
import { isFiltering, parseRegistryQuery, type RegistryQuery, registryQueryParams, searchTokens } from '../../domain/registry-query';
import { rowArray } from '../../domain/row-list';
import { common } from '../../i18n/common';
import { registryText as t } from '../../i18n/registry';
import type { PageProps } from '../../routing/page-props';
import { paths } from '../../routing/paths';
import { href, setQuery } from '../../routing/router';
import { OutcomeBanner } from '../../ui/OutcomeBanner';
import { VirtualList } from '../../ui/VirtualList';
import { BulkAssign } from './BulkAssign';
import { OrgRow } from './OrgRow';
import { RegistryBanners } from './RegistryBanners';
import { NO_COUNTS, RegistryControls, RegistryHead } from './RegistryFrame';
import { useAdminUnits } from './useAdminUnits';

const ROW_HEIGHT = 96;

/** The first screen: search, filters and the virtualised registry; everything it shows is in the URL. */
export default function RegistryPage({ query: params }: PageProps) {
  const { registry, status, dataLoss, settings } = useServices();
  const userName = settings.settings.value.userName;
  const query = parseRegistryQuery(params);
  // While the records load, the default list's first rows as they were last time.
  const early = registry.earlyList(query);
  const { rows, counts } = early ? { rows: early.rows, counts: NO_COUNTS } : registry.query(query);
  const total = early ? early.total : registry.total();
  const units = useAdminUnits(total > 0);
  const tokens = searchTokens(query.q);
  const loading = status.openState.value !== 'ready';
  // The snapshot's count is last time's: once the records are in, the line says the list is being sorted until it can count them.
  const sorting = registry.rebuilding.value;
  const line = loading ? common.loadingRecords(status.loadedRecords.value) : sorting ? t.sorting : t.resultCount(rows.length, total);

  // Typing replaces the URL (no history entry per key); a filter change pushes one, so Back undoes it.
  const change = (patch: Partial<RegistryQuery>, push: boolean) => setQuery(registryQueryParams(patch), { push });

  return (
    <section class="registry">
      <RegistryHead />
      <RegistryBanners />
      {total === 0 && !sorting && !early && (!loading || status.firstStart.value) ? (
        // After a loss the shell's banner speaks; the first-start welcome and demo offer would mislead.
        // On a first start the welcome shows while the new database is created; its demo offer waits for it.
        !dataLoss.lost.value && <EmptyRegistry opening={loading} />
      ) : (
        <>
          <RegistryControls
            query={query}
            counts={counts}
            units={units}
            userName={userName}
            status={line}
            aside={isFiltering(query) && rows.length > 0 && !loading && <a href={href(paths.data(query))}>{t.exportFiltered}</a>}
            onChange={change}
          />
          {isFiltering(query) && rows.length > 0 && !loading && <BulkAssign ids={rowArray(rows).map((o) => o.id)} />}
          {rows.length === 0 ? (
            !loading && !sorting && <p class="muted">{t.noMatch}</p>
          ) : (
            <VirtualList
              items={rows}
              rowHeight={ROW_HEIGHT}
              label={t.title}
              getKey={(o) => o.id}
              renderRow={(o) => <OrgRow org={o} tokens={tokens} communeName={units?.commune(o.communeCode)?.name ?? o.communeCode} />}
            />
          )}
        </>
      )}
    </section>
  );
}

function EmptyRegistry({ opening }: { opening: boolean }) {
  const { registry } = useServices();
  const [failure, setFailure] = useState<Outcome | null>(null);
  async function loadDemo() {
    const outcome = await registry.loadDemo();
    setFailure(outcome.ok ? null : outcome);
  }
  return (
    <div class="empty">
      <p>{t.empty}</p>
      <button type="button" disabled={opening} onClick={() => void loadDemo()}>
        {t.useDemo}
      </button>
      <OutcomeBanner outcome={failure} />
    </div>
  );
}
