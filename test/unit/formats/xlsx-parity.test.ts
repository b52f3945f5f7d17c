import { readdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AdminUnits, type AdminUnitsData } from '../../../src/domain/admin-units';
import { analyseTable } from '../../../src/domain/import/analyse';
import { buildRows } from '../../../src/domain/import/rows';
import { readTableFromFile } from '../../../src/formats/read-file';
import { readXlsx } from '../../../src/formats/xlsx';
import units from '../../../src/generated/admin-units.json';
import { importCodeText } from '../../../src/i18n/import-codes';
import { readXlsxWithExcelJS } from './exceljs-reader';

const adminUnits = new AdminUnits(units as unknown as AdminUnitsData);
const dir = new URL('../../fixtures/', import.meta.url);

/** The rows and problems an import would show for a read table. */
function checked(result: ReturnType<typeof readXlsx>) {
  if (!result.ok) return result;
  const a = analyseTable(result.table);
  if (!a.ok) return a;
  const { keptReason } = importCodeText;
  return buildRows(result.table, a.header.dataStart, a.header.headers, a.header.mapping, {
    units: adminUnits,
    provinceCode: '',
    defaultCommuneCode: '',
    keptReason,
    formulaCells: result.formulaCells,
  });
}

/** Both readers on the same bytes: the same table, formula cells, refusal, and so the same rows and problems. */
async function expectSameAsExcelJS(bytes: Uint8Array) {
  const streamed = readXlsx(bytes);
  const loaded = await readXlsxWithExcelJS(bytes);
  expect(streamed).toEqual(loaded);
  expect(checked(streamed)).toEqual(checked(loaded));
  return streamed;
}

const buffer = async (wb: ExcelJS.Workbook) => new Uint8Array(await wb.xlsx.writeBuffer());

describe('the streaming .xlsx reader reads as the exceljs workbook did', () => {
  for (const name of readdirSync(dir).filter((f) => f !== 'expected.json')) {
    it(`fixture ${name}`, async () => {
      const bytes = new Uint8Array(readFileSync(new URL(name, dir)));
      const streamed = readTableFromFile(name, bytes);
      // The file's content picks the reader: where it is the .xlsx one, the old one must agree.
      if (streamed.ok ? streamed.encoding === 'xlsx' : ['notXlsx', 'zipBomb', 'noSheetData'].includes(streamed.problem.code)) {
        expect(await expectSameAsExcelJS(bytes)).toEqual(streamed);
      }
    });
  }

  it('numbers, dates (built-in, custom, 1904), booleans, rich and escaped text, formulas, sparse rows and styled empty cells', async () => {
    for (const date1904 of [false, true]) {
      const wb = new ExcelJS.Workbook();
      wb.properties.date1904 = date1904;
      wb.addWorksheet('Trống');
      const ws = wb.addWorksheet('DS');
      ws.addRow(['Mã số thuế', 'Tên', 'Ngày', 'Số', 'Đúng']);
      ws.addRow([100233488, 'Công ty A', new Date(Date.UTC(2024, 2, 15)), 1.5, true]);
      ws.getCell('C2').numFmt = 'dd/mm/yyyy';
      ws.addRow(['0101234565', { richText: [{ text: 'Hợp tác xã ' }, { font: { bold: true }, text: 'Thủy Tiên' }] }, 45000, -0.25, false]);
      ws.getCell('C3').numFmt = '[$-42A]d mmmm yyyy;@';
      ws.getCell('D3').numFmt = '"ngày" 0';
      ws.addRow(['0100112437', 'Dòng một_x000D_\ndòng hai', { formula: 'C3+1', result: 45001 }, { formula: 'D3*2', result: -0.5 }, { formula: 'B2', result: 'Công ty A' }]);
      ws.addRow([]);
      ws.getRow(7).values = ['', 'sau hai dòng trống', '   khoảng trắng  ', 1e21, 'Ｔｏàn　ｇóc'];
      ws.getCell('H7').numFmt = '@';
      ws.getCell('J9').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
      ws.mergeCells('A10:C11');
      ws.getCell('A10').value = { formula: 'B7', result: 'sau hai dòng trống' };
      await expectSameAsExcelJS(await buffer(wb));
    }
  });

  it('differs from exceljs only where exceljs showed an object or a local clock time', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('DS');
    ws.addRow(['Ngày', 'Lỗi', 'Đúng']);
    ws.addRow([{ formula: 'DATE(2024,3,15)', result: 45366 }, { error: '#N/A' }, { formula: 'TRUE()', result: true }]);
    ws.getCell('A2').numFmt = 'dd/mm/yyyy';
    const bytes = await buffer(wb);
    expect(readXlsx(bytes)).toMatchObject({ table: [['Ngày', 'Lỗi', 'Đúng'], ['2024-03-15', '#N/A', 'TRUE']] });
    expect(await readXlsxWithExcelJS(bytes)).toMatchObject({ table: [['Ngày', 'Lỗi', 'Đúng'], [expect.stringMatching(/ Mar 1[45] 2024 /), '[object Object]', 'true']] });
  });

  it('a workbook whose first sheet is empty reads the next; one with no value is refused as before', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Trống').getCell('B2').numFmt = '@';
    const table = await expectSameAsExcelJS(await buffer(wb));
    expect(table).toEqual({ ok: false, problem: { code: 'noSheetData' } });
    wb.addWorksheet('Hai').addRow(['Tên', 'Địa chỉ']);
    expect(await expectSameAsExcelJS(await buffer(wb))).toMatchObject({ ok: true, table: [['Tên', 'Địa chỉ']] });
  });

  it('decomposed Vietnamese is read composed (NFC), as every cell of every reader', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('DS').addRow(['Tên', 'Thủy'.normalize('NFD')]);
    expect(await expectSameAsExcelJS(await buffer(wb))).toMatchObject({ table: [['Tên', 'Thủy']] });
  });
});
