import { fold } from '../fold';
import { idForNew } from '../ids';
import type { Organisation } from '../organisation';
import type { ImportRow } from './rows';

/** What to do with a row that matches a record already in the registry. */
export type DuplicateChoice = 'update' | 'skip' | 'keep-both';
export const DUPLICATE_CHOICES: readonly DuplicateChoice[] = ['update', 'skip', 'keep-both'];

/** How a row was matched: a tax code names one organisation; a name and commune only probably do. */
export type MatchedBy = 'taxCode' | 'name';

export interface Match {
  org: Organisation;
  by: MatchedBy;
}

/** The registry fields an imported row may change on a matched record, in display order. */
export const UPDATED_FIELDS = ['name', 'taxCode', 'address', 'communeCode', 'representativeName', 'representativePhone', 'notes'] as const;
export type UpdatedField = (typeof UPDATED_FIELDS)[number];

export interface FieldChange {
  field: UpdatedField;
  from: string;
  to: string;
}

function nameKey(name: string, communeCode: string): string {
  return `${fold(name)}|${communeCode}`;
}

/** Lookup of live records by tax code, else by folded name + commune. */
export class DuplicateIndex {
  private readonly byTax = new Map<string, Organisation>();
  private readonly byName = new Map<string, Organisation>();

  constructor(existing: Iterable<Organisation>) {
    for (const o of existing) {
      if (o.deletedAt !== null) continue;
      if (o.taxCode) this.byTax.set(o.taxCode, o);
      this.byName.set(nameKey(o.name, o.communeCode), o);
    }
  }

  find(row: Pick<ImportRow, 'taxCode' | 'name' | 'communeCode'>): Match | undefined {
    const org = row.taxCode ? this.byTax.get(row.taxCode) : this.byName.get(nameKey(row.name, row.communeCode));
    return org && { org, by: row.taxCode ? 'taxCode' : 'name' };
  }
}

/**
 * The choice that applies to a row matched by `by`. One tax code is one
 * organisation, so a second record with it is never created: "keep both" leaves
 * such a record as it is (skip). The registry form refuses a duplicate tax code
 * for the same reason, and merges between phones rely on it.
 */
export function applicableChoice(choice: DuplicateChoice, by: MatchedBy): DuplicateChoice {
  return choice === 'keep-both' && by === 'taxCode' ? 'skip' : choice;
}

export function choicesFor(by: MatchedBy): DuplicateChoice[] {
  return DUPLICATE_CHOICES.filter((c) => applicableChoice(c, by) === c);
}

export interface PlanContext {
  batchId: string;
  now: number;
  by: string;
  newId: () => string;
  /** Whether this phone already holds a record under that id (tombstones and aliases included). */
  isTaken: (id: string) => boolean;
}

/** A new record from a row: under its tax code's id (ids.ts), so every phone importing the list creates the same one. */
function fresh(row: ImportRow, ctx: PlanContext, id: string): Organisation {
  return {
    id,
    taxCode: row.taxCode,
    name: row.name,
    kind: row.kind,
    address: row.address,
    communeCode: row.communeCode,
    ...(row.listedCommune && { listedCommune: row.listedCommune }),
    representativeName: row.representativeName,
    representativePhone: row.representativePhone,
    consent: null,
    status: 'not_contacted',
    problemReason: null,
    notApplicableReason: null,
    statusNote: '',
    notes: row.notes,
    followUpDate: null,
    statusHistory: [],
    createdAt: ctx.now,
    updatedAt: ctx.now,
    updatedBy: ctx.by,
    deletedAt: null,
    demo: false,
    importBatchId: ctx.batchId,
    ...(row.keptAsIs ? { keptAsIs: row.keptAsIs } : {}),
  };
}

/** The "kept as it is" flags after an update: an imported code brings its own flag, or clears the old one. */
function keptAfter(before: Organisation, row: ImportRow, changes: FieldChange[]): Organisation['keptAsIs'] {
  const kept = { ...before.keptAsIs };
  for (const { field } of changes) {
    if (field !== 'taxCode' && field !== 'representativePhone') continue;
    const reason = row.keptAsIs?.[field];
    if (reason === undefined) delete kept[field];
    else kept[field] = reason;
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/**
 * The representative's fields, never filled again on a record whose personal data
 * was erased (its `erasure` marker; Law 91/2025/QH15): a list records no consent,
 * so an official list that still names the person must not bring them back. Only
 * the form, with consent ticked, enters them again.
 */
const ERASED_FIELDS: ReadonlySet<UpdatedField> = new Set(['representativeName', 'representativePhone']);

/** Imported values fill the record; an empty cell never erases what the team already knows. */
export function changesOf(before: Organisation, row: ImportRow): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of UPDATED_FIELDS) {
    if (before.erasure && ERASED_FIELDS.has(field)) continue;
    const to = row[field];
    if (to && to !== before[field]) out.push({ field, from: before[field], to });
  }
  return out;
}

/** The record as the import leaves it, or null when the row changes nothing. */
export function importedVersion(before: Organisation, row: ImportRow, ctx: Pick<PlanContext, 'now' | 'by'>): Organisation | null {
  const changes = changesOf(before, row);
  if (changes.length === 0) return null;
  const after: Organisation = { ...before, updatedAt: ctx.now, updatedBy: ctx.by };
  for (const { field, to } of changes) after[field] = to;
  const kept = keptAfter(before, row, changes);
  if (kept) after.keptAsIs = kept;
  else delete after.keptAsIs;
  return after;
}

export interface ImportPlan {
  add: Organisation[];
  /** Rows to apply to matched records; the change itself is computed against the record as stored at commit time. */
  update: { id: string; row: ImportRow }[];
  skipped: number;
}

export function planImport(rows: ImportRow[], index: DuplicateIndex, choiceFor: (row: ImportRow, match: Match) => DuplicateChoice, ctx: PlanContext): ImportPlan {
  const plan: ImportPlan = { add: [], update: [], skipped: 0 };
  const assigned = new Set<string>();
  const add = (row: ImportRow) => {
    const id = idForNew(row.taxCode, (id) => assigned.has(id) || ctx.isTaken(id), ctx.newId);
    assigned.add(id);
    plan.add.push(fresh(row, ctx, id));
  };
  for (const row of rows) {
    const match = index.find(row);
    if (!match) {
      add(row);
      continue;
    }
    const choice = applicableChoice(choiceFor(row, match), match.by);
    if (choice === 'update') plan.update.push({ id: match.org.id, row });
    else if (choice === 'skip') plan.skipped++;
    else add(row);
  }
  return plan;
}
