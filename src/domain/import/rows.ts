import { stripFormulaGuard } from '../export/formula-guard';
import { cleanText } from '../fold';
import type { OldUnits } from '../old-units';
import type { KeptAsIs, OrgKind } from '../organisation';
import { isBranchTaxCode, isPersonalNumber } from '../tax-code';
import { LIMITED_FIELDS, TEXT_LIMITS } from '../text-limits';
import { checkPhone, checkTaxCode } from './code-cells';
import { type CommuneGroup, CommuneResolver, districtInAddress, inferProvince, type PlaceCells, type Units } from './communes';
import type { ColumnMapping, ImportField } from './fields';
import { guessKind } from './kind';
import type { RowProblem } from './row-problem';

/** One data row ready for the registry, with its row number in the file (1-based, as a spreadsheet shows it). */
export interface ImportRow {
  line: number;
  taxCode: string;
  name: string;
  kind: OrgKind;
  address: string;
  communeCode: string;
  /** The list's commune text when no commune could be set from it. */
  listedCommune: string;
  representativeName: string;
  representativePhone: string;
  notes: string;
  /** Codes that fail their check, imported as written and flagged (see code-cells.ts). */
  keptAsIs?: KeptAsIs;
}

export interface RowIssue {
  line: number;
  /** The column's header as written in the file. */
  column: string;
  level: 'error' | 'warning';
  problem: RowProblem;
}

export interface BuildContext {
  units: Units;
  /** From Settings; '' to infer it from the file. */
  provinceCode: string;
  /** The pre-reform table, loaded only for lists with a district column or districts in addresses. */
  old?: OldUnits;
  /** Per commune group key, the commune the user chose ('' to leave it blank). */
  communeChoices?: ReadonlyMap<string, string>;
  /** Used when the file has no commune column (the team's only commune). */
  defaultCommuneCode: string;
  /** Spreadsheet cells that held formulas ("row:column", 0-based): imported as shown, but flagged. */
  formulaCells?: ReadonlySet<string>;
  /** Stored as the reason a flagged code is kept as written, until the user fixes it or writes their own (worded by i18n). */
  keptReason: string;
}

export interface BuiltRows {
  /** Rows without errors: the ones that can be imported. */
  rows: ImportRow[];
  issues: RowIssue[];
  /** Data rows read (blank rows excluded). */
  total: number;
  rejected: number;
  /** The province rows were matched in, and whether it was inferred from the file. */
  province: { code: string; inferred: boolean };
  /** Rows whose commune needs the user's choice, grouped by text. */
  communeGroups: CommuneGroup[];
}

export const MAX_ROWS = 200_000;

/**
 * The row's kind: a "-NNN" tax code is a branch whatever the cell says (it is
 * registered under its parent); a 12-digit code with nothing else to go on is a
 * household business's (the owner's personal number).
 */
function kindOf(kindCell: string, name: string, taxCode: string): OrgKind {
  const guessed = guessKind(kindCell, name);
  if (isBranchTaxCode(taxCode)) return 'branch';
  if (guessed === 'other' && !kindCell && isPersonalNumber(taxCode)) return 'household';
  return guessed;
}

export function buildRows(table: string[][], dataStart: number, headers: string[], mapping: ColumnMapping, ctx: BuildContext): BuiltRows {
  /**
   * A row's cells by field, each cleaned once however often the checks ask for it: cleaning (NFC and
   * all) is most of the time spent per row, and a row's name, codes and place are each read several times.
   */
  const cellsOf = (cells: string[]) => {
    const cleaned: Partial<Record<ImportField, string>> = {};
    return (f: ImportField): string => {
      const i = mapping[f];
      if (i === undefined) return '';
      cleaned[f] ??= cleanText(stripFormulaGuard(cells[i] ?? ''));
      return cleaned[f];
    };
  };
  /** Where a row is, as the commune matching needs it; the address is read for a district only when the old table is loaded. */
  const where = (cell: (f: ImportField) => string) => {
    const district = cell('district');
    return { commune: cell('commune'), district: district || (ctx.old ? districtInAddress(cell('address'), ctx.units) : ''), districtColumn: district !== '' };
  };
  function* places(): Generator<PlaceCells> {
    for (let r = dataStart; r < table.length; r++) {
      const cell = cellsOf(table[r]!);
      yield { ...where(cell), province: cell('province'), address: cell('address') };
    }
  }
  const provinceCode = ctx.provinceCode || inferProvince(places(), ctx.units, ctx.old);
  const communes = new CommuneResolver(ctx.units, ctx.old, provinceCode, ctx.communeChoices);
  const rows: ImportRow[] = [];
  const issues: RowIssue[] = [];
  const seenTax = new Map<string, number>();
  let total = 0;
  let rejected = 0;

  for (let r = dataStart; r < table.length; r++) {
    const cells = table[r]!;
    if (cells.every((c) => c.trim() === '')) continue;
    total++;
    const line = r + 1;
    let failed = false;
    const cell = cellsOf(cells);
    const note = (f: ImportField, level: RowIssue['level'], problem: RowProblem) => {
      issues.push({ line, column: headers[mapping[f] ?? -1] ?? f, level, problem });
      if (level === 'error') failed = true;
    };

    if (ctx.formulaCells?.size) {
      for (const [field, column] of Object.entries(mapping) as [ImportField, number | undefined][]) {
        if (column !== undefined && ctx.formulaCells.has(`${r}:${column}`))
          note(field, 'warning', { code: 'formulaCell', shown: cells[column] ?? '' });
      }
    }
    const name = cell('name');
    if (!name) note('name', 'error', { code: 'nameMissing' });
    // The same limits as the form: a text the form would refuse is not imported either.
    for (const field of LIMITED_FIELDS) {
      const length = cell(field).length;
      if (length > TEXT_LIMITS[field]) note(field, 'error', { code: 'tooLong', length, max: TEXT_LIMITS[field] });
    }
    const kind = kindOf(cell('kind'), name, cell('taxCode'));
    const tax = checkTaxCode(cell('taxCode'), kind === 'household');
    if (tax.kind !== 'ok') note('taxCode', tax.kind, tax.problem);
    const phone = checkPhone(cell('representativePhone'));
    if (phone.kind !== 'ok') note('representativePhone', phone.kind, phone.problem);

    let communeCode = ctx.defaultCommuneCode;
    let listedCommune = '';
    if (mapping.commune !== undefined) {
      const found = communes.resolve(where(cell));
      if (found.code || found.listed) communeCode = found.code;
      listedCommune = found.listed;
      if (found.group && !found.code)
        note('commune', 'warning', { code: 'communeUnmatched', commune: found.group.commune });
    }

    if (tax.kind !== 'error' && tax.value) {
      const first = seenTax.get(tax.value);
      if (first !== undefined) note('taxCode', 'error', { code: 'duplicateTaxCode', taxCode: tax.value, firstLine: first });
      else seenTax.set(tax.value, line);
    }

    if (failed) {
      rejected++;
      continue;
    }
    const keptAsIs: KeptAsIs = {};
    if (tax.kind === 'warning' && tax.kept) keptAsIs.taxCode = ctx.keptReason;
    if (phone.kind === 'warning' && phone.kept) keptAsIs.representativePhone = ctx.keptReason;
    rows.push({
      line,
      taxCode: tax.value,
      name,
      kind,
      address: cell('address'),
      communeCode,
      listedCommune,
      representativeName: cell('representativeName'),
      representativePhone: phone.value,
      notes: cell('notes'),
      ...(Object.keys(keptAsIs).length > 0 ? { keptAsIs } : {}),
    });
  }
  return { rows, issues, total, rejected, province: { code: provinceCode, inferred: !ctx.provinceCode }, communeGroups: communes.groups() };
}
