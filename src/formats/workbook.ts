import type { Workbook } from 'exceljs';

/** A new, empty workbook; exceljs is large, so it is a lazy chunk loaded only when a spreadsheet is read or written. */
export async function newWorkbook(): Promise<Workbook> {
  return new (await import('exceljs')).Workbook();
}
