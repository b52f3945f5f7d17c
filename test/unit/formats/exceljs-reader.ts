import ExcelJS, { type Cell, type Workbook } from 'exceljs';
import { checkXlsxZip } from '../../../src/domain/import/zip-guard';
import type { TableResult } from '../../../src/formats/csv';

/**
 * The reader the app used before the streaming one (src/formats/xlsx.ts): the
 * whole workbook loaded by exceljs. Kept in the tests as the reference the
 * streaming reader must equal on every fixture.
 *
 * The first non-empty worksheet as rows of text. Number cells become their
 * plain digits (String(n)), so a tax code Excel stored as a number keeps its
 * damage visible ("100233488", 9 digits) for the row checks to flag. Merged
 * cells repeat their master's text, which is what a merged header means.
 */
function isFormula(cell: Cell): boolean {
  const v = cell.type === 6 /* Merge */ ? cell.master.value : cell.value;
  return typeof v === 'object' && v !== null && ('formula' in v || 'sharedFormula' in v);
}

function cellText(cell: Cell): string {
  const v = cell.type === 6 /* Merge */ ? cell.master.value : cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'number' || typeof v === 'string') return String(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return v.result === undefined || v.result === null ? '' : String(v.result);
    if ('text' in v) return String(v.text);
  }
  return String(v);
}

export async function readXlsxWithExcelJS(bytes: Uint8Array): Promise<TableResult> {
  const zip = checkXlsxZip(bytes);
  if (!zip.ok) return zip;
  let workbook: Workbook;
  try {
    workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    return { ok: false, problem: { code: 'notXlsx' } };
  }
  const sheet = workbook.worksheets.find((ws) => ws.actualRowCount > 0);
  if (!sheet) return { ok: false, problem: { code: 'noSheetData' } };
  const width = sheet.columnCount;
  const table: string[][] = [];
  const formulaCells = new Set<string>();
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      if (isFormula(cell)) formulaCells.add(`${rowNumber - 1}:${c - 1}`);
      cells.push(cellText(cell).normalize('NFC'));
    }
    table[rowNumber - 1] = cells;
  });
  for (let i = 0; i < table.length; i++) table[i] ??= [];
  return { ok: true, table, encoding: 'xlsx', delimiter: '', formulaCells };
}
