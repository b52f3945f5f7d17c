import { readdirSync, readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { AdminUnits, type AdminUnitsData } from '../../../src/domain/admin-units';
import { analyseTable } from '../../../src/domain/import/analyse';
import { buildRows } from '../../../src/domain/import/rows';
import { readTableFromFile } from '../../../src/formats/read-file';
import { readXlsx } from '../../../src/formats/xlsx';
import units from '../../../src/generated/admin-units.json';
import { importCodeText } from '../../../src/i18n/import-codes';
import { rowIssueText } from '../../../src/i18n/import-problems';
import { readXlsxWithExcelJS } from './exceljs-reader';

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

const NOT_XLSX = { ok: false, problem: { code: 'notXlsx' } };
const BOMB = { ok: false, problem: { code: 'zipBomb' } };

/** A minimal workbook around one sheet's XML (or bytes), as a spreadsheet program would zip it. */
function workbook(sheet: string | Uint8Array): Uint8Array {
  return zipSync({
    'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': typeof sheet === 'string' ? strToU8(sheet) : sheet,
  });
}

const sheetXml = (rows: string) => `<?xml version="1.0"?><worksheet><sheetData>${rows}</sheetData></worksheet>`;
const ROWS = '<row r="1"><c r="A1" t="inlineStr"><is><t>Tên</t></is></c><c r="B1"><v>42</v></c></row>';

/** Offset of the central directory record of `name`. */
function centralRecord(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let p = 0; p + 46 < zip.length; p++) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const len = view.getUint16(p + 28, true);
    if (new TextDecoder().decode(zip.subarray(p + 46, p + 46 + len)) === name) return p;
  }
  throw new Error(`no ${name}`);
}

describe('the streaming .xlsx reader refuses hostile and damaged files', () => {
  it('reads a minimal hand-made workbook (the base of the cases below)', () => {
    expect(readXlsx(workbook(sheetXml(ROWS)))).toMatchObject({ ok: true, table: [['Tên', '42']] });
  });

  it('a sheet that inflates past the size its zip declares is a bomb, however small the declared size', () => {
    const zip = workbook(sheetXml(`${ROWS}${'<row/>'.repeat(500_000)}`));
    const record = centralRecord(zip, 'xl/worksheets/sheet1.xml');
    new DataView(zip.buffer, zip.byteOffset).setUint32(record + 24, 50_000, true); // declared inflated size
    expect(readXlsx(zip)).toEqual(BOMB);
  });

  it('the committed zip bomb fixture is refused', () => {
    expect(readXlsx(new Uint8Array(readFileSync(new URL('../../fixtures/zip-bomb.xlsx', import.meta.url))))).toEqual(BOMB);
  });

  it('a merged range covering millions of cells is refused as a bomb, not filled', () => {
    expect(readXlsx(workbook(`<worksheet><sheetData>${ROWS}</sheetData><mergeCells><mergeCell ref="A1:Z100000"/></mergeCells></worksheet>`))).toEqual(BOMB);
  });

  it('every cut of a file is refused, and so are damaged deflate data and unfinished XML', () => {
    const whole = workbook(sheetXml(ROWS.repeat(50)));
    for (const cut of [10, 100, Math.floor(whole.length / 2), whole.length - 30, whole.length - 1]) {
      expect(readXlsx(whole.subarray(0, cut))).toEqual(NOT_XLSX);
    }
    const damaged = whole.slice();
    const record = centralRecord(damaged, 'xl/worksheets/sheet1.xml');
    const view = new DataView(damaged.buffer);
    const local = view.getUint32(record + 42, true);
    const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    damaged.fill(0xff, data, data + 4);
    expect(readXlsx(damaged)).toEqual(NOT_XLSX);
    expect(readXlsx(workbook(sheetXml(ROWS).slice(0, -30)))).toEqual(NOT_XLSX);
    expect(readXlsx(workbook('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>'))).toEqual(NOT_XLSX);
  });

  it('cell and row references past Excel’s own sheet size are refused', () => {
    expect(readXlsx(workbook(sheetXml('<row r="2000000"><c><v>1</v></c></row>')))).toEqual(NOT_XLSX);
    expect(readXlsx(workbook(sheetXml('<row r="1"><c r="ZZZZ1"><v>1</v></c></row>')))).toEqual(NOT_XLSX);
  });

  it('a zip without a workbook part, or without a sheet with a value, says so', () => {
    expect(readXlsx(zipSync({ 'a.txt': strToU8('x') }))).toEqual(NOT_XLSX);
    expect(readXlsx(workbook(sheetXml('<row r="1"><c r="A1" s="1"/></row>')))).toEqual({ ok: false, problem: { code: 'noSheetData' } });
  });

  it('namespace-prefixed sheets (x:c) and cells without references read in order', () => {
    const xml = '<x:worksheet xmlns:x="m"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c r="C2"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(readXlsx(workbook(xml))).toMatchObject({ ok: true, table: [['a', '2', ''], ['', '', '3']] });
  });
});

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
