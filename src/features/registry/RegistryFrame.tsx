import type { ComponentChildren } from 'preact';
import type { AdminUnits } from '../../domain/admin-units';
import type { FacetCounts, RegistryQuery } from '../../domain/registry-query';
import { registryText as t } from '../../i18n/registry';
import { paths } from '../../routing/paths';
import { href } from '../../routing/router';
import { MineFilter } from './MineFilter';
import { RegistryFilters } from './RegistryFilters';
import './registry.css';

/** Counts before anything is counted (the prerendered frame, the first-screen snapshot). */
export const NO_COUNTS: FacetCounts = { commune: new Map(), kind: new Map(), status: new Map(), due: new Map(), problem: 0, mine: 0 };

/** The registry's title and add button. */
export function RegistryHead() {
  return (
    <div class="registry__head">
      <h1 tabIndex={-1}>{t.title}</h1>
      <a class="button primary" href={href(paths.orgNew())}>
        + {t.add}
      </a>
    </div>
  );
}

interface ControlsProps {
  query: RegistryQuery;
  counts: FacetCounts;
  units: AdminUnits | null;
  /** This phone's user, for "Của tôi" (empty: the filter says where to set a name). */
  userName: string;
  /** The count line: how many rows, or that the records are still loading. */
  status: string;
  /** Beside the count (the export link of a filtered list). */
  aside?: ComponentChildren;
  onChange: (patch: Partial<RegistryQuery>, push: boolean) => void;
}

/**
 * Search, filters and the count line. The build renders them into index.html
 * (`app/prerender.tsx`) with the page's own components, so the boxes the first
 * paint shows are the ones the page keeps.
 */
export function RegistryControls({ query, counts, units, userName, status, aside, onChange }: ControlsProps) {
  return (
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
          onInput={(e) => onChange({ q: e.currentTarget.value }, false)}
        />
      </div>
      <MineFilter checked={query.mine} count={counts.mine} userName={userName} onChange={(mine) => onChange({ mine }, true)} />
      <RegistryFilters query={query} counts={counts} units={units} onChange={(patch) => onChange(patch, true)} />
      <div class="registry__count">
        <p role="status">{status}</p>
        {aside}
      </div>
    </>
  );
}
