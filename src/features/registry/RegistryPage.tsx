import { useState } from 'preact/hooks';
import { useServices } from '../../context/services';
import type { Outcome } from '../../domain/outcome';
import { isFiltering, parseRegistryQuery, type RegistryQuery, registryQueryParams, searchTokens } from '../../domain/registry-query';
import { common } from '../../i18n/common';
import { registryText as t } from '../../i18n/registry';
import type { PageProps } from '../../routing/page-props';
import { paths } from '../../routing/paths';
import { href, setQuery } from '../../routing/router';
import { OutcomeBanner } from '../../ui/OutcomeBanner';
import { VirtualList } from '../../ui/VirtualList';
import { BulkAssign } from './BulkAssign';
import { MineFilter } from './MineFilter';
import { OrgRow } from './OrgRow';
import { RegistryBanners } from './RegistryBanners';
import { RegistryFilters } from './RegistryFilters';
import { useAdminUnits } from './useAdminUnits';
import './registry.css';

const ROW_HEIGHT = 96;

/** The first screen: search, filters and the virtualised registry; everything it shows is in the URL. */
export default function RegistryPage({ query: params }: PageProps) {
  const { registry, status, dataLoss, settings } = useServices();
  const userName = settings.settings.value.userName;
  const units = useAdminUnits();
  const query = parseRegistryQuery(params);
  const { rows, counts } = registry.query(query);
  const total = registry.total();
  const tokens = searchTokens(query.q);
  const loading = status.openState.value === 'loading';

  // Typing replaces the URL (no history entry per key); a filter change pushes one, so Back undoes it.
  const change = (patch: Partial<RegistryQuery>, push: boolean) => setQuery(registryQueryParams(patch), { push });

  return (
    <section class="registry">
      <div class="registry__head">
        <h1 tabIndex={-1}>{t.title}</h1>
        <a class="button primary" href={href(paths.orgNew())}>
          + {t.add}
        </a>
      </div>
      <RegistryBanners />
      {loading && <p class="muted" role="status">{common.loadingRecords(status.loadedRecords.value)}</p>}
      {total === 0 && !loading ? (
        // After a loss the shell's banner speaks; the first-start welcome and demo offer would mislead.
        !dataLoss.lost.value && <EmptyRegistry />
      ) : (
        <>
          <div class="search">
            <label for="registry-search">{t.searchLabel}</label>
            <input
              id="registry-search"
              type="search"
              enterKeyHint="search"
              autoComplete="off"
              spellcheck={false}
              placeholder={t.searchPlaceholder}
              value={query.q}
              onInput={(e) => change({ q: e.currentTarget.value }, false)}
            />
          </div>
          <MineFilter checked={query.mine} count={counts.mine} userName={userName} onChange={(mine) => change({ mine }, true)} />
          <RegistryFilters query={query} counts={counts} units={units} onChange={(patch) => change(patch, true)} />
          <div class="registry__count">
            <p role="status">{t.resultCount(rows.length, total)}</p>
            {isFiltering(query) && rows.length > 0 && (
              <a href={href(paths.data(query))}>{t.exportFiltered}</a>
            )}
          </div>
          {isFiltering(query) && rows.length > 0 && <BulkAssign ids={rows.map((o) => o.id)} />}
          {rows.length === 0 ? (
            <p class="muted">{t.noMatch}</p>
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

function EmptyRegistry() {
  const { registry } = useServices();
  const [failure, setFailure] = useState<Outcome | null>(null);
  async function loadDemo() {
    const outcome = await registry.loadDemo();
    setFailure(outcome.ok ? null : outcome);
  }
  return (
    <div class="empty">
      <p>{t.empty}</p>
      <button type="button" onClick={() => void loadDemo()}>
        {t.useDemo}
      </button>
      <OutcomeBanner outcome={failure} />
    </div>
  );
}
