import type { ZipEntry } from '../domain/import/zip-guard';
import type { WorkbookParts } from './xlsx-parts';
import { parseXmlEntry } from './xml-stream';
import type { InflateBudget } from './zip-entry';

/** A sheet's cells as text, each row as wide as the widest (short rows padded with ''). */
export interface SheetTable {
  table: string[][];
  /** Cells that were formulas, as "row:column" (0-based); their text is the shown result. */
  formulaCells: Set<string>;
  /** Some cell holds a value (a cell that is only formatted does not count). */
  hasValues: boolean;
}

/** Excel's own sheet size: a merge or cell reference past it is not a real sheet. */
const MAX_SHEET_ROWS = 1_048_576;
const MAX_SHEET_COLUMNS = 16_384;
/** Cells a merged range may fill: a few merged header cells, never millions. */
const MAX_MERGED_CELLS = 1_000_000;

/** Thrown when merged ranges would fill more cells than any commune list has: a sheet that explodes in memory. */
export class MergeLimitError extends Error {}

/** "BC12" → 55 (1-based column). */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i) & ~0x20; // upper case
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  return col;
}

const rowOf = (ref: string) => Number.parseInt(ref.replace(/^[A-Za-z$]+/, ''), 10);

/** Serial day number → YYYY-MM-DD, as Excel counts days (from 1899-12-30, or 1904-01-01). */
function serialDate(n: number, date1904: boolean): string {
  const when = new Date(Math.round((n - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
  return Number.isNaN(when.getTime()) ? String(n) : when.toISOString().slice(0, 10);
}

/**
 * The text a cell shows, from its type attribute and value: shared strings looked
 * up, numbers as their plain digits (String(n), so a tax code Excel stored as a
 * number keeps its damage visible: "100233488"), date-formatted numbers as
 * YYYY-MM-DD, booleans as TRUE/FALSE, errors as their code (#N/A).
 */
function cellText(type: string | undefined, value: string, style: number, parts: WorkbookParts): string {
  switch (type) {
    case 's':
      return parts.strings[Number.parseInt(value, 10)] ?? '';
    case 'str':
    case 'inlineStr':
    case 'e':
      return value;
    case 'b':
      return Number.parseInt(value, 10) !== 0 ? 'TRUE' : 'FALSE';
    case 'd':
      return value.slice(0, 10);
    default: {
      const n = Number.parseFloat(value);
      return parts.dateStyles.has(style) ? serialDate(n, parts.date1904) : String(n);
    }
  }
}

/**
 * Reads one worksheet row by row as its XML is inflated. Merged ranges (listed
 * after the rows) repeat their top-left cell's text in every cell, which is what
 * a merged header means; a formula's merged copies count as formulas too.
 */
export function readSheet(bytes: Uint8Array, entry: ZipEntry, parts: WorkbookParts, budget: InflateBudget): SheetTable {
  const rows: string[][] = [];
  /** Rows with a value: only they set the table's width (a formatted cell past the data does not). */
  const valued: boolean[] = [];
  const formulaCells = new Set<string>();
  const merges: string[] = [];
  let hasValues = false;
  let row: string[] = [];
  let rowNo = 0;
  let col = 0;
  // The cell being read.
  let type: string | undefined;
  let style = 0;
  let value: string | undefined;
  let formula = '';
  let sharedFormula = false;
  let collecting: 'v' | 't' | 'f' | null = null;
  let piece = '';
  let run = false;

  parseXmlEntry(bytes, entry, budget, {
    open(name, a) {
      switch (name) {
        case 'row':
          rowNo = a.r ? Number.parseInt(a.r, 10) : rowNo + 1;
          if (!(rowNo >= 1 && rowNo <= MAX_SHEET_ROWS)) throw new Error(`xlsx: row ${a.r}`);
          row = rowAt(rows, rowNo);
          col = 0;
          break;
        case 'c':
          col = a.r ? columnOf(a.r) : col + 1;
          if (!(col >= 1 && col <= MAX_SHEET_COLUMNS)) throw new Error(`xlsx: cell ${a.r}`);
          type = a.t;
          style = a.s ? Number.parseInt(a.s, 10) : 0;
          value = undefined;
          formula = '';
          sharedFormula = false;
          break;
        case 'f':
          collecting = 'f';
          sharedFormula ||= a.t !== undefined;
          break;
        case 'v':
          collecting = 'v';
          break;
        case 'r':
          run = true;
          break;
        case 't':
          collecting = 't';
          piece = '';
          break;
        case 'mergeCell':
          if (a.ref) merges.push(a.ref);
          break;
      }
    },
    text(text) {
      if (collecting === 'f') formula += text;
      else if (collecting === 'v') value = (value ?? '') + text;
      else if (collecting === 't') piece += text;
    },
    close(name) {
      if (name === 't' && collecting === 't') {
        // Rich-text runs escape control characters as _xHHHH_; a plain inline string does not.
        value = (value ?? '') + (run ? piece.replace(/_x([0-9A-F]{4})_/g, (_, h: string) => String.fromCharCode(Number.parseInt(h, 16))) : piece);
        collecting = null;
      } else if (name === 'v' || name === 'f') collecting = null;
      else if (name === 'r') run = false;
      else if (name === 'c') {
        const isFormula = formula !== '' || sharedFormula;
        if (isFormula) formulaCells.add(`${rowNo - 1}:${col - 1}`);
        // A cell with neither value nor formula exists only if it is formatted; it shows nothing.
        if (value === undefined && !isFormula && style === 0) return;
        if (value !== undefined || isFormula) hasValues = valued[rowNo - 1] = true;
        row[col - 1] = value === undefined ? '' : cellText(isFormula && type !== 'str' && type !== 'b' && type !== 'e' ? undefined : type, value, style, parts);
      }
    },
  });
  if (merges.length > 0) hasValues = applyMerges(rows, valued, formulaCells, merges) || hasValues;
  return { table: padRows(rows, valued), formulaCells, hasValues };
}

/** The cells of a 1-based row, created when first needed. */
function rowAt(rows: string[][], r: number): string[] {
  const existing = rows[r - 1];
  if (existing) return existing;
  const created: string[] = [];
  rows[r - 1] = created;
  return created;
}

/** Fills every merged range with its top-left cell's text; true when a range covered more than one cell. */
function applyMerges(rows: string[][], valued: boolean[], formulaCells: Set<string>, merges: string[]): boolean {
  let filled = 0;
  for (const ref of merges) {
    const [from, to = from] = ref.split(':') as [string, string?];
    const r1 = Math.min(rowOf(from), rowOf(to));
    const r2 = Math.max(rowOf(from), rowOf(to));
    const c1 = Math.min(columnOf(from), columnOf(to));
    const c2 = Math.max(columnOf(from), columnOf(to));
    if (!(r1 >= 1 && c1 >= 1 && r2 <= MAX_SHEET_ROWS && c2 <= MAX_SHEET_COLUMNS)) throw new Error(`xlsx: merge ${ref}`);
    filled += (r2 - r1 + 1) * (c2 - c1 + 1);
    if (filled > MAX_MERGED_CELLS) throw new MergeLimitError();
    const text = rowAt(rows, r1)[c1 - 1] ?? '';
    // The top-left cell exists once merged, even if empty: it widens its row as exceljs did.
    rowAt(rows, r1)[c1 - 1] = text;
    const masterIsFormula = formulaCells.has(`${r1 - 1}:${c1 - 1}`);
    for (let r = r1; r <= r2; r++) {
      const cells = rowAt(rows, r);
      for (let c = c1; c <= c2; c++) {
        cells[c - 1] = text;
        // A merged copy is a value; the top-left cell only if it had one.
        if (r !== r1 || c !== c1) valued[r - 1] = true;
        if (masterIsFormula) formulaCells.add(`${r - 1}:${c - 1}`);
        else formulaCells.delete(`${r - 1}:${c - 1}`);
      }
    }
  }
  return filled > merges.length;
}

/** Every row as wide as the widest row with a value, holes as '', text in NFC (composed Vietnamese). */
function padRows(rows: string[][], valued: boolean[]): string[][] {
  let width = 0;
  for (let i = 0; i < rows.length; i++) if (valued[i]) width = Math.max(width, rows[i]!.length);
  const table: string[][] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const source = rows[i] ?? [];
    const cells = new Array<string>(width);
    for (let c = 0; c < width; c++) cells[c] = (source[c] ?? '').normalize('NFC');
    table[i] = cells;
  }
  return table;
}
