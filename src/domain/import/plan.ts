import { fold } from '../fold';
import type { Organisation } from '../organisation';
import type { ImportRow } from './rows';

/** What to do with a row that matches a record already in the registry. */
export type DuplicateChoice = 'update' | 'skip' | 'keep-both';

export interface ImportPlan {
  add: Organisation[];
  /** `before` is the record as it is now, kept so the import can be undone exactly. */
  update: { before: Organisation; after: Organisation }[];
  skipped: number;
  duplicates: number;
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

  find(row: Pick<ImportRow, 'taxCode' | 'name' | 'communeCode'>): Organisation | undefined {
    if (row.taxCode) return this.byTax.get(row.taxCode);
    return this.byName.get(nameKey(row.name, row.communeCode));
  }
}

export interface PlanContext {
  batchId: string;
  now: number;
  by: string;
  newId: () => string;
}

function fresh(row: ImportRow, ctx: PlanContext): Organisation {
  return {
    id: ctx.newId(),
    taxCode: row.taxCode,
    name: row.name,
    kind: row.kind,
    address: row.address,
    communeCode: row.communeCode,
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
  };
}

/** Imported values fill the record; an empty cell never erases what the team already knows. */
function updated(before: Organisation, row: ImportRow, ctx: PlanContext): Organisation {
  const pick = (value: string, old: string) => (value ? value : old);
  return {
    ...before,
    taxCode: pick(row.taxCode, before.taxCode),
    name: pick(row.name, before.name),
    address: pick(row.address, before.address),
    communeCode: pick(row.communeCode, before.communeCode),
    representativeName: pick(row.representativeName, before.representativeName),
    representativePhone: pick(row.representativePhone, before.representativePhone),
    notes: pick(row.notes, before.notes),
    updatedAt: ctx.now,
    updatedBy: ctx.by,
  };
}

export function planImport(rows: ImportRow[], index: DuplicateIndex, choice: DuplicateChoice, ctx: PlanContext): ImportPlan {
  const plan: ImportPlan = { add: [], update: [], skipped: 0, duplicates: 0 };
  for (const row of rows) {
    const match = index.find(row);
    if (!match) plan.add.push(fresh(row, ctx));
    else {
      plan.duplicates++;
      if (choice === 'update') plan.update.push({ before: match, after: updated(match, row, ctx) });
      else if (choice === 'skip') plan.skipped++;
      else plan.add.push(fresh(row, ctx));
    }
  }
  return plan;
}
