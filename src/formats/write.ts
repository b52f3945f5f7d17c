import Papa from 'papaparse';
import { guardCsvCell } from '../domain/export/formula-guard';
import type { ExportSheet } from '../domain/export/table';

/** CSV with a UTF-8 BOM, so Excel on Windows reads the Vietnamese text as UTF-8. */
export function toCsv(sheet: ExportSheet): Uint8Array {
  const rows = sheet.rows.map((row) => row.map((v, i) => guardCsvCell(v, sheet.codeColumns.includes(i))));
  const text = Papa.unparse([sheet.header, ...rows], { newline: '\r\n', quotes: true });
  return new TextEncoder().encode(`\uFEFF${text}\r\n`);
}
