import Papa from 'papaparse';
import { decodeCsvBytes } from '../domain/import/decode';
import { detectDelimiter } from '../domain/import/delimiter';
import type { FileRefusal } from '../domain/import/file-problem';

export type TableResult =
  | {
      ok: true;
      table: string[][];
      encoding: string;
      delimiter: string;
      /** Cells that were formulas in the spreadsheet, as "row:column" (0-based); their shown result is the text. */
      formulaCells?: Set<string>;
    }
  | FileRefusal;

/**
 * CSV bytes → rows of text cells. Every cell stays a string (no dynamic typing:
 * codes keep their zeros). Blank lines are kept so row numbers match the file.
 */
export function readCsv(bytes: Uint8Array): TableResult {
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return decoded;
  const delimiter = detectDelimiter(decoded.text);
  const parsed = Papa.parse<string[]>(decoded.text, { delimiter, skipEmptyLines: false, dynamicTyping: false });
  return { ok: true, table: parsed.data, encoding: decoded.encoding, delimiter };
}
