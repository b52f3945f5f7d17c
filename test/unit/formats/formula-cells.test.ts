import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AdminUnits, type AdminUnitsData } from '../../../src/domain/admin-units';
import { analyseTable } from '../../../src/domain/import/analyse';
import { buildRows } from '../../../src/domain/import/rows';
import { readXlsx } from '../../../src/formats/xlsx';
import units from '../../../src/generated/admin-units.json';
import { importCodeText } from '../../../src/i18n/import-codes';
import { rowIssueText } from '../../../src/i18n/import-problems';

const { keptReason } = importCodeText;

const adminUnits = new AdminUnits(units as unknown as AdminUnitsData);

async function workbookWithFormula(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  ws.addRow(['Mã số thuế', 'Tên doanh nghiệp', 'Địa chỉ']);
  ws.addRow(['0100233488', 'Công ty TNHH Phước Lộc', '12 Hàng Bài']);
  ws.addRow(['0100112437', { formula: 'UPPER("Hợp tác xã An Bình")', result: 'HỢP TÁC XÃ AN BÌNH' }, 'Thôn 3']);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('formula cells in an .xlsx', () => {
  it('are imported as shown but flagged with a warning naming the row and column', async () => {
    const table = readXlsx(await workbookWithFormula());
    if (!table.ok) throw new Error(table.problem.code);
    expect(table.formulaCells).toEqual(new Set(['2:1']));
    const a = analyseTable(table.table);
    if (!a.ok) throw new Error(a.problem.code);
    const built = buildRows(table.table, a.header.dataStart, a.header.headers, a.header.mapping, {
      units: adminUnits,
      provinceCode: '',
      defaultCommuneCode: '',
      keptReason,
      formulaCells: table.formulaCells,
    });
    expect(built.rows.map((r) => r.name)).toEqual(['Công ty TNHH Phước Lộc', 'HỢP TÁC XÃ AN BÌNH']);
    expect(built.issues).toEqual([
      {
        line: 3,
        column: 'Tên doanh nghiệp',
        level: 'warning',
        problem: { code: 'formulaCell', shown: 'HỢP TÁC XÃ AN BÌNH' },
      },
    ]);
    expect(rowIssueText(built.issues[0]!)).toBe(
      'Dòng 3: ô này là công thức Excel; đã lấy kết quả đang hiển thị (“HỢP TÁC XÃ AN BÌNH”). Hãy kiểm tra lại.',
    );
  });
});
