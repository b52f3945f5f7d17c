import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AdminUnits, type AdminUnitsData } from '../../../src/domain/admin-units';
import { guardXlsxText } from '../../../src/domain/export/formula-guard';
import { type ExportSheet, organisationSheet, visitSheet } from '../../../src/domain/export/table';
import type { Visit } from '../../../src/domain/visit';
import { readXlsx } from '../../../src/formats/xlsx';
import { toXlsx } from '../../../src/formats/xlsx-write';
import units from '../../../src/generated/admin-units.json';
import { exportLabels } from '../../../src/i18n/export';
import { makeOrg } from '../storage/org-fixture';

const adminUnits = new AdminUnits(units as unknown as AdminUnitsData);

/** Text a cell must keep exactly: spaces at the ends, line breaks (LF and CR), markup characters, formula starts, emoji. */
const AWKWARD = ['  hai đầu  ', 'dòng 1\ndòng 2', 'CR\r\nLF', 'A & B <c> "d"', "'=1+1", '=HYPERLINK("x")', 'Hội 🎉', '0012'];

const orgs = AWKWARD.map((notes, i) =>
  makeOrg({ name: `Công ty ${i}`, taxCode: `01${String(i).padStart(8, '0')}`, notes, representativePhone: i % 2 ? '+84912345678' : '' }),
);
const visit = (i: number): Visit => ({
  id: `v${i}`,
  orgId: orgs[i]!.id,
  at: Date.UTC(2026, 10, i + 1, 3),
  by: 'Tổ 1',
  guideSlugs: [],
  stepsDone: [],
  problems: i ? ['no_phone'] : [],
  outcomeStatus: 'contacted',
  note: AWKWARD[i]!,
  followUpDate: i ? '2026-12-01' : null,
  demo: false,
});

/** Every export kind the app writes: organisations (codes in columns 0, 4, 7), visits, and an empty list. */
const KINDS: Record<string, ExportSheet> = {
  organisations: organisationSheet(orgs, adminUnits, exportLabels),
  visits: visitSheet(
    AWKWARD.map((_, i) => visit(i)),
    new Map(orgs.map((o) => [o.id, o])),
    exportLabels,
  ),
  empty: organisationSheet([], adminUnits, exportLabels),
};

describe('.xlsx export written as a stream', () => {
  for (const [kind, sheet] of Object.entries(KINDS)) {
    it(`${kind}: the app's reader reads back the header and every cell as written (with the formula guard)`, () => {
      const table = readXlsx(toXlsx([sheet]));
      if (!table.ok) throw new Error(table.problem.code);
      expect(table.table).toEqual([sheet.header, ...sheet.rows.map((r) => r.map(guardXlsxText))]);
      expect(table.formulaCells).toEqual(new Set());
    });

    it(`${kind}: exceljs reads string cells, codes formatted as Text, a bold frozen header`, async () => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(toXlsx([sheet]).buffer as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      expect(ws.name).toBe(sheet.name);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
      expect(ws.getRow(1).values).toEqual([undefined, ...sheet.header]);
      for (let c = 0; c < sheet.header.length; c++) {
        const header = ws.getRow(1).getCell(c + 1);
        expect(header.font?.bold).toBe(true);
        const text = sheet.codeColumns.includes(c) ? '@' : undefined;
        expect(header.numFmt).toBe(text);
        expect(ws.getColumn(c + 1).numFmt).toBe(text);
        for (const [r, row] of sheet.rows.entries()) {
          const cell = ws.getRow(r + 2).getCell(c + 1);
          expect(cell.numFmt).toBe(text);
          if (row[c] === '') expect(cell.value).toBeNull();
          else expect([cell.type, cell.value]).toEqual([ExcelJS.ValueType.String, guardXlsxText(row[c]!)]);
        }
      }
    });
  }

  it('several sheets keep their names and order; control characters XML cannot hold are dropped', async () => {
    const withControl = { ...KINDS.visits!, rows: [['01/11/2026', '0100000000', 'A\u0001B\u001fC', '', '', '', '', '']] };
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(toXlsx([KINDS.organisations!, withControl]).buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([KINDS.organisations!.name, KINDS.visits!.name]);
    expect(wb.worksheets[1]!.getCell('C2').value).toBe('ABC');
  });
});
