import { type ColumnMapping, missingRequired } from './fields';
import type { FileRefusal } from './file-problem';
import { detectHeader, type HeaderInfo } from './header';
import { MAX_ROWS } from './rows';

export type Analysis = { ok: true; header: HeaderInfo; dataRows: number } | FileRefusal;

/** Whether the mapping lacks a column the import cannot go without (the name); worded by i18n. */
export function lacksRequiredColumn(mapping: ColumnMapping): boolean {
  return missingRequired(mapping).length > 0;
}

/** Header found (below title rows), size checked; the mapping is a guess the user may change. */
export function analyseTable(table: string[][]): Analysis {
  const header = detectHeader(table);
  if (!header) return { ok: false, problem: { code: 'noHeader' } };
  const dataRows = table.length - header.dataStart;
  if (dataRows > MAX_ROWS) return { ok: false, problem: { code: 'tooManyRows', rows: dataRows, maxRows: MAX_ROWS } };
  return { ok: true, header, dataRows };
}
