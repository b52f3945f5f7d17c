import { useState } from 'preact/hooks';
import type { AdminUnits } from '../../domain/admin-units';
import { ORG_KINDS } from '../../domain/organisation';
import { DUE_VALUES, type FacetCounts, type RegistryQuery, SORT_KEYS } from '../../domain/registry-query';
import { STATUSES } from '../../domain/status';
import { kindLabels, statusLabels } from '../../i18n/labels';
import { registryText as t } from '../../i18n/registry';

interface RegistryFiltersProps {
  query: RegistryQuery;
  counts: FacetCounts;
  units: AdminUnits | null;
  onChange: (patch: Partial<RegistryQuery>) => void;
}

const SORT_LABELS = { name: t.sortName, followUp: t.sortFollowUp, updated: t.sortUpdated };
const DUE_LABELS = { today: t.dueToday, overdue: t.dueOverdue };

/** Count of filters switched on (search text and order excluded). */
function activeFilterCount(q: RegistryQuery): number {
  return [q.commune, q.kind, q.status, q.due, q.problem].filter(Boolean).length;
}

interface SelectProps {
  id: string;
  label: string;
  value: string;
  options: { value: string; label: string; count: number }[];
  onChange: (value: string) => void;
}

/** A filter select whose options show how many rows each would give. */
function FilterSelect({ id, label, value, options, onChange }: SelectProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t.all}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {t.withCount(o.label, o.count)}
          </option>
        ))}
      </select>
    </div>
  );
}

export function RegistryFilters({ query, counts, units, onChange }: RegistryFiltersProps) {
  const communeCodes = [...new Set([...counts.commune.keys(), ...(query.commune ? [query.commune] : [])])];
  const communes = communeCodes
    .map((code) => ({ value: code, label: units?.commune(code)?.name ?? code, count: counts.commune.get(code) ?? 0 }))
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));
  const active = activeFilterCount(query);
  // Opened and closed by the user only: on a phone the open panel covers the list, and the
  // summary already says how many filters are on.
  const [opened, setOpened] = useState(false);
  return (
    <details class="filters" open={opened} onToggle={(e) => setOpened(e.currentTarget.open)}>
      <summary>{t.activeFilters(active)}</summary>
      <div class="filters__grid">
        <FilterSelect id="f-commune" label={t.commune} value={query.commune} options={communes} onChange={(commune) => onChange({ commune })} />
        <FilterSelect
          id="f-kind"
          label={t.kind}
          value={query.kind}
          options={ORG_KINDS.map((k) => ({ value: k, label: kindLabels[k], count: counts.kind.get(k) ?? 0 }))}
          onChange={(kind) => onChange({ kind: kind as RegistryQuery['kind'] })}
        />
        <FilterSelect
          id="f-status"
          label={t.status}
          value={query.status}
          options={STATUSES.map((s) => ({ value: s, label: statusLabels[s], count: counts.status.get(s) ?? 0 }))}
          onChange={(status) => onChange({ status: status as RegistryQuery['status'] })}
        />
        <FilterSelect
          id="f-due"
          label={t.due}
          value={query.due}
          options={DUE_VALUES.map((d) => ({ value: d, label: DUE_LABELS[d], count: counts.due.get(d) ?? 0 }))}
          onChange={(due) => onChange({ due: due as RegistryQuery['due'] })}
        />
        <label class="check">
          <input type="checkbox" checked={query.problem} onChange={(e) => onChange({ problem: e.currentTarget.checked })} />
          {t.withCount(t.problem, counts.problem)}
        </label>
        <div class="field">
          <label for="f-sort">{t.sort}</label>
          <select id="f-sort" value={query.sort} onChange={(e) => onChange({ sort: e.currentTarget.value as RegistryQuery['sort'] })}>
            {SORT_KEYS.map((k) => (
              <option key={k} value={k}>
                {SORT_LABELS[k]}
              </option>
            ))}
          </select>
        </div>
        {active > 0 && (
          <button type="button" onClick={() => onChange({ commune: '', kind: '', status: '', due: '', problem: false })}>
            {t.clearFilters}
          </button>
        )}
      </div>
    </details>
  );
}
