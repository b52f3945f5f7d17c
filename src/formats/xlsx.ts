import { checkXlsxZip, MAX_INFLATED_BYTES } from '../domain/import/zip-guard';
import type { TableResult } from './csv';
import { readWorkbookParts } from './xlsx-parts';
import { MergeLimitError, readSheet } from './xlsx-sheet';
import { InflateLimitError } from './zip-entry';

/**
 * The first worksheet with a value in it, as rows of text (see xlsx-sheet.ts for
 * how cells read). No workbook is built: the zip's central directory is checked
 * first (bombs, truncation), then shared strings and styles are read, then each
 * sheet's XML is inflated in chunks and parsed row by row as it arrives.
 */
export function readXlsx(bytes: Uint8Array): TableResult {
  const zip = checkXlsxZip(bytes);
  if (!zip.ok) return zip;
  const entries = new Map(zip.entries.map((e) => [e.name, e]));
  const budget = { left: MAX_INFLATED_BYTES };
  try {
    const parts = readWorkbookParts(bytes, entries, budget);
    for (const entry of parts.sheets) {
      const sheet = readSheet(bytes, entry, parts, budget);
      if (sheet.hasValues) return { ok: true, table: sheet.table, encoding: 'xlsx', delimiter: '', formulaCells: sheet.formulaCells };
    }
    return { ok: false, problem: { code: 'noSheetData' } };
  } catch (error) {
    if (error instanceof InflateLimitError || error instanceof MergeLimitError) return { ok: false, problem: { code: 'zipBomb' } };
    return { ok: false, problem: { code: 'notXlsx' } };
  }
}
