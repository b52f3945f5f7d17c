import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AdminUnits, type AdminUnitsData } from '../../../src/domain/admin-units';
import { guardCsvCell, guardXlsxText, stripFormulaGuard } from '../../../src/domain/export/formula-guard';
import { organisationSheet } from '../../../src/domain/export/table';
import { cleanText } from '../../../src/domain/fold';
import { analyseTable } from '../../../src/domain/import/analyse';
import { buildRows } from '../../../src/domain/import/rows';
import { ORG_KINDS } from '../../../src/domain/organisation';
import { readCsv } from '../../../src/formats/csv';
import { toCsv } from '../../../src/formats/write';
import { readXlsx } from '../../../src/formats/xlsx';
import { toXlsx } from '../../../src/formats/xlsx-write';
import units from '../../../src/generated/admin-units.json';
import { exportLabels } from '../../../src/i18n/export';
import { importCodeText } from '../../../src/i18n/import-codes';
import { makeOrg } from '../storage/org-fixture';

const { keptReason } = importCodeText;

const adminUnits = new AdminUnits(units as unknown as AdminUnitsData);
const text = fc.string({ unit: fc.constantFrom('a', 'Đ', 'ư', 'ễ', ' ', '=', '+', '-', '@', '＝', '＋', '＠', ',', ';', '"', "'", '\t', '1') }).map(cleanText);

const org = fc
  .record({
    n: fc.nat(),
    name: text.filter((s) => s !== '' && s !== "'"),
    kind: fc.constantFrom(...ORG_KINDS),
    address: text,
    communeCode: fc.constantFrom('', '00004', '00008', '00070'),
    rep: text,
    phone: fc.constantFrom('', '+84912345678', '+84381234567', '0243123456'),
    notes: text,
    withTax: fc.boolean(),
  })
  .map((r) =>
    makeOrg({ name: r.name, kind: r.kind, address: r.address, communeCode: r.communeCode, representativeName: r.rep, representativePhone: r.phone, notes: r.notes, taxCode: '' }),
  );
const orgs = fc.array(org, { minLength: 1, maxLength: 15 }).map((list) => list.map((o, i) => ({ ...o, taxCode: i % 3 === 0 ? '' : `01${String(i).padStart(8, '0')}` })));

const fields = (o: ReturnType<typeof makeOrg>) => [o.taxCode, o.name, o.kind, o.address, o.communeCode, o.representativeName, o.representativePhone, o.notes];

function reimport(table: string[][]) {
  const a = analyseTable(table);
  if (!a.ok) throw new Error(a.problem.code);
  const built = buildRows(table, a.header.dataStart, a.header.headers, a.header.mapping, { units: adminUnits, provinceCode: '', defaultCommuneCode: '', keptReason });
  return built.rows.map((r) => [r.taxCode, r.name, r.kind, r.address, r.communeCode, r.representativeName, r.representativePhone, r.notes]);
}

describe('export', () => {
  it('guards formula-like text in CSV but leaves codes and phones usable', () => {
    expect(guardCsvCell('=HYPERLINK("x")', false)).toBe('\'=HYPERLINK("x")');
    expect(guardCsvCell('@SUM(A1)', false)).toBe("'@SUM(A1)");
    expect(guardCsvCell('-5', false)).toBe("'-5");
    expect(guardCsvCell('＝1+1', false)).toBe("'＝1+1");
    expect(guardCsvCell('\r=1', false)).toBe("'\r=1");
    expect(guardCsvCell('0912345678', true)).toBe('0912345678');
    expect(guardCsvCell('0101234567-001', true)).toBe('0101234567-001');
    expect(guardCsvCell('+84912', true)).toBe("'+84912");
    const sheet = organisationSheet([makeOrg({ representativePhone: '+84912345678', name: '=cmd' })], adminUnits, exportLabels);
    expect(sheet.rows[0]).toContain('0912345678');
    expect(sheet.rows[0]![1]).toBe('=cmd');
    expect(sheet.rows[0]![5]).toBe('Phường Ba Đình');
  });

  it('adds a quote in XLSX only where the importer would strip one, and strips only guards', () => {
    expect(guardXlsxText('=cmd')).toBe('=cmd');
    expect(guardXlsxText("'=cmd")).toBe("''=cmd");
    expect(guardXlsxText("'quote")).toBe("'quote");
    expect(stripFormulaGuard("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(stripFormulaGuard("'＋84912")).toBe('＋84912');
    expect(stripFormulaGuard("'quote")).toBe("'quote");
  });

  it('CSV starts with a UTF-8 BOM and re-imports to the same records (property)', () => {
    fc.assert(
      fc.property(orgs, (list) => {
        const bytes = toCsv(organisationSheet(list, adminUnits, exportLabels));
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const table = readCsv(bytes);
        if (!table.ok) throw new Error(table.problem.code);
        expect(reimport(table.table)).toEqual(list.map(fields));
      }),
      { numRuns: 60 },
    );
  });

  it('XLSX keeps codes as text and re-imports to the same records (property)', () => {
    fc.assert(
      fc.property(orgs, (list) => {
        const bytes = toXlsx([organisationSheet(list, adminUnits, exportLabels)]);
        const table = readXlsx(bytes);
        if (!table.ok) throw new Error(table.problem.code);
        expect(reimport(table.table)).toEqual(list.map(fields));
      }),
      { numRuns: 25 },
    );
  });
});
