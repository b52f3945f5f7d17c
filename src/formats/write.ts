import type { Workbook } from 'exceljs';
import Papa from 'papaparse';
import { guardCsvCell, guardXlsxText } from '../domain/export/formula-guard';
import type { ExportSheet } from '../domain/export/table';

/** CSV with a UTF-8 BOM, so Excel on Windows reads the Vietnamese text as UTF-8. */
export function toCsv(sheet: ExportSheet): Uint8Array {
  const rows = sheet.rows.map((row) => row.map((v, i) => guardCsvCell(v, sheet.codeColumns.includes(i))));
  const text = Papa.unparse([sheet.header, ...rows], { newline: '\r\n', quotes: true });
  return new TextEncoder().encode(`\uFEFF${text}\r\n`);
}

/**
 * XLSX with code columns formatted as Text (@): Excel keeps their leading zeros.
 * Every value is written as a string cell, which a spreadsheet never runs as a formula.
 */
export async function toXlsx(sheets: ExportSheet[], workbook: Workbook): Promise<Uint8Array> {
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    ws.columns = sheet.header.map((h, i) => ({ header: h, width: Math.min(40, Math.max(12, h.length + 2)), style: sheet.codeColumns.includes(i) ? { numFmt: '@' } : {} }));
    ws.getRow(1).font = { bold: true };
    ws.views = [{ state: 'frozen', ySplit: 1 }];
    ws.addRows(sheet.rows.map((row) => row.map(guardXlsxText)));
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
