import { z } from 'zod/mini';
import { fold } from './fold';
import { ORG_KINDS, type OrgKind, type Organisation } from './organisation';
import { STATUSES, type Status } from './status';

export const SORT_KEYS = ['name', 'followUp', 'updated'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const DUE_VALUES = ['today', 'overdue'] as const;
export type Due = (typeof DUE_VALUES)[number];

/** What the list shows: search text, filters and order. Lives in the URL so Back returns to it. */
export interface RegistryQuery {
  q: string;
  commune: string;
  kind: OrgKind | '';
  status: Status | '';
  due: Due | '';
  problem: boolean;
  sort: SortKey;
}

/** A record with its folded search text (computed once at write time by storage). */
export type Searchable = Organisation & { search: string };

/** Short ASCII URL parameter names; the URL is a trust boundary, so unknown values fall back to "no filter". */
const PARAM = { q: 'q', commune: 'xa', kind: 'loai', status: 'tt', due: 'hen', problem: 'vuong', sort: 'xep' } as const;

const oneOf = <T extends readonly string[]>(values: T) => z.catch(z.union([z.enum(values), z.literal('')]), '');

const querySchema = z.object({
  q: z.catch(z.string().check(z.maxLength(200)), ''),
  commune: z.catch(z.string().check(z.regex(/^\d{0,5}$/)), ''),
  kind: oneOf(ORG_KINDS),
  status: oneOf(STATUSES),
  due: oneOf(DUE_VALUES),
  problem: z.boolean(),
  sort: z.catch(z.enum(SORT_KEYS), 'name'),
});

export function parseRegistryQuery(params: URLSearchParams): RegistryQuery {
  return querySchema.parse({
    q: params.get(PARAM.q) ?? '',
    commune: params.get(PARAM.commune) ?? '',
    kind: params.get(PARAM.kind) ?? '',
    status: params.get(PARAM.status) ?? '',
    due: params.get(PARAM.due) ?? '',
    problem: params.get(PARAM.problem) === '1',
    sort: params.get(PARAM.sort) ?? 'name',
  }) as RegistryQuery;
}

/** URL parameters for a (partial) query; empty values remove the parameter. */
export function registryQueryParams(query: Partial<RegistryQuery>): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(query) as [keyof RegistryQuery, RegistryQuery[keyof RegistryQuery]][]) {
    const name = PARAM[key];
    if (key === 'problem') out[name] = value ? '1' : undefined;
    else if (key === 'sort') out[name] = value === 'name' ? undefined : (value as string);
    else out[name] = (value as string) || undefined;
  }
  return out;
}

/**
 * Folded search words. A word of digits, dots and dashes is a tax code typed
 * either way ("0314409058-002" or "0314409058002"): its separators go.
 */
export function searchTokens(q: string): string[] {
  return fold(q)
    .split(' ')
    .filter(Boolean)
    .map((t) => (/^[\d.-]+$/.test(t) ? t.replace(/[.-]/g, '') : t))
    .filter(Boolean);
}

/** Every word must occur in the record's search text (substring, so words cut short match too). */
export function matchesTokens(search: string, tokens: string[]): boolean {
  for (const t of tokens) if (!search.includes(t)) return false;
  return true;
}

/** Follow-up state of a record on `today`; only open work is due (issued or not-applicable records are done). */
export function dueOf(org: Organisation, today: string): Due | null {
  if (!org.followUpDate || org.status === 'issued' || org.status === 'not_applicable') return null;
  if (org.followUpDate === today) return 'today';
  return org.followUpDate < today ? 'overdue' : null;
}

export interface FacetCounts {
  commune: Map<string, number>;
  kind: Map<string, number>;
  status: Map<string, number>;
  due: Map<string, number>;
  problem: number;
}

type Facet = 'commune' | 'kind' | 'status' | 'due' | 'problem';

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/**
 * The rows matching the query, in the order of `sorted`, and per filter value
 * how many rows it would give with the other filters unchanged. One pass: a
 * record failing exactly one filter still counts for that filter's values.
 */
export function runRegistryQuery<T extends Searchable>(
  sorted: readonly T[],
  query: RegistryQuery,
  today: string,
): { rows: T[]; counts: FacetCounts } {
  const tokens = searchTokens(query.q);
  const counts: FacetCounts = { commune: new Map(), kind: new Map(), status: new Map(), due: new Map(), problem: 0 };
  const rows: T[] = [];
  for (const org of sorted) {
    if (tokens.length > 0 && !matchesTokens(org.search, tokens)) continue;
    const due = dueOf(org, today);
    const isProblem = org.status === 'problem';
    let failed: Facet | null = null;
    let failures = 0;
    const check = (facet: Facet, ok: boolean) => {
      if (!ok) {
        failures++;
        failed = facet;
      }
    };
    check('commune', !query.commune || org.communeCode === query.commune);
    check('kind', !query.kind || org.kind === query.kind);
    check('status', !query.status || org.status === query.status);
    check('due', !query.due || due === query.due);
    check('problem', !query.problem || isProblem);
    if (failures > 1) continue;
    if (failures === 0) rows.push(org);
    const counts_ = (facet: Facet) => failures === 0 || failed === facet;
    if (counts_('commune')) bump(counts.commune, org.communeCode);
    if (counts_('kind')) bump(counts.kind, org.kind);
    if (counts_('status')) bump(counts.status, org.status);
    if (counts_('due') && due) bump(counts.due, due);
    if (counts_('problem') && isProblem) counts.problem++;
  }
  return { rows, counts };
}
