import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AdminUnits, type AdminUnitsData } from '../../../../src/domain/admin-units';
import { organisationSheet } from '../../../../src/domain/export/table';
import { analyseTable } from '../../../../src/domain/import/analyse';
import { buildRows } from '../../../../src/domain/import/rows';
import { readCsv } from '../../../../src/formats/csv';
import { toCsv } from '../../../../src/formats/write';
import { readXlsx } from '../../../../src/formats/xlsx';
import { toXlsx } from '../../../../src/formats/xlsx-write';
import units from '../../../../src/generated/admin-units.json';
import { exportLabels } from '../../../../src/i18n/export';
import { importCodeText } from '../../../../src/i18n/import-codes';
import { makeOrg } from '../../storage/org-fixture';

const { keptReason } = importCodeText;

const adminUnits = new AdminUnits(units as unknown as AdminUnitsData);

/** Names that start like a formula: ASCII, full-width and small forms; and text that already starts with '. */
const NAMES = ['=HYPERLINK("x")', '＝HYPERLINK("x")', '＋84 Hội', '－5 Hội', '＠SUM(A1)', '﹦1+1', '@SUM(A1)', "'=1+1", "'Hội Quán"];
const orgs = NAMES.map((name, i) => makeOrg({ name, taxCode: `01${String(i).padStart(8, '0')}`, notes: i === 0 ? '-5' : '' }));

function reimportedNames(table: string[][]) {
  const a = analyseTable(table);
  if (!a.ok) throw new Error(a.problem.code);
  return buildRows(table, a.header.dataStart, a.header.headers, a.header.mapping, { units: adminUnits, provinceCode: '', defaultCommuneCode: '', keptReason }).rows.map(
    (r) => [r.name, r.taxCode, r.notes],
  );
}
const original = orgs.map((o) => [o.name, o.taxCode, o.notes]);

describe('CSV export: every formula-like start is guarded, and re-import strips the guard', () => {
  it('prefixes full-width, small-form and ASCII formula starts with a quote', () => {
    const table = readCsv(toCsv(organisationSheet(orgs, adminUnits, exportLabels)));
    if (!table.ok) throw new Error(table.problem.code);
    const names = table.table.slice(1, 1 + NAMES.length).map((r) => r[1]);
    expect(names).toEqual(['\'=HYPERLINK("x")', '\'＝HYPERLINK("x")', "'＋84 Hội", "'－5 Hội", "'＠SUM(A1)", "'﹦1+1", "'@SUM(A1)", "''=1+1", "'Hội Quán"]);
    expect(table.table[1]![0]).toBe('0100000000');
    expect(table.table[1]![9]).toBe("'-5");
    expect(reimportedNames(table.table)).toEqual(original);
  });
});

describe('XLSX export: text cells are string cells, with no quote added', () => {
  it('writes formula-like text as an inert string cell and re-imports it exactly', async () => {
    const bytes = toXlsx([organisationSheet(orgs, adminUnits, exportLabels)]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes.buffer as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const cells = NAMES.map((_, i) => ws.getRow(i + 2).getCell(2));
    expect(cells.map((c) => c.type)).toEqual(NAMES.map(() => ExcelJS.ValueType.String));
    // Only text that would look guarded to the importer gets one more quote.
    expect(cells.map((c) => c.value)).toEqual(NAMES.map((n) => (n === "'=1+1" ? "''=1+1" : n)));
    expect(ws.getRow(2).getCell(10).value).toBe('-5');
    const table = readXlsx(bytes);
    if (!table.ok) throw new Error(table.problem.code);
    expect(reimportedNames(table.table)).toEqual(original);
  });
});
