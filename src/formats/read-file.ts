import { readCsv, type TableResult } from './csv';
import { readXlsx } from './xlsx';

/** A 100,000-row commune list is ~15–25 MB as CSV; anything far larger is not one. */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/** The OLE2 compound-file signature that starts every Excel 97–2003 .xls, whatever the file is named. */
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function isOle2(bytes: Uint8Array): boolean {
  return OLE2.every((b, i) => bytes[i] === b);
}

/**
 * Any picked file → rows of text cells. The content decides the reader, not the
 * name: a CSV renamed .xlsx still reads, and random bytes named .xlsx are refused.
 * An old .xls is answered with how to re-save it: npm has no maintained .xls reader
 * without known vulnerabilities (its `xlsx` package is stuck at a vulnerable 0.18.5).
 */
export function readTableFromFile(name: string, bytes: Uint8Array): TableResult {
  if (bytes.length === 0) return { ok: false, problem: { code: 'empty' } };
  if (bytes.length > MAX_FILE_BYTES) return { ok: false, problem: { code: 'tooLarge', bytes: bytes.length, maxBytes: MAX_FILE_BYTES } };
  if (isOle2(bytes)) return { ok: false, problem: { code: 'legacyXls', file: name } };
  if (isZip(bytes) || /\.xlsx$/i.test(name)) return readXlsx(bytes);
  return readCsv(bytes);
}
