import type { ZipEntry } from '../domain/import/zip-guard';
import { parseXmlEntry } from './xml-stream';
import type { InflateBudget } from './zip-entry';

/** What the sheets need from the rest of the workbook, read before any sheet. */
export interface WorkbookParts {
  /** The worksheets in the order the workbook lists them. */
  sheets: ZipEntry[];
  strings: string[];
  /** Indexes of cell styles (cellXfs) whose number format shows a date. */
  dateStyles: Set<number>;
  date1904: boolean;
}

/** Built-in number formats that show a date or time (ECMA-376 §18.8.30): 14–22 and 45–47. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A custom format shows a date when, outside [colour]/[h] brackets and quoted text, it has a date or time letter. */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** Excel escapes control characters in shared strings as _xHHHH_ (e.g. _x000D_ for a carriage return). */
const unescapeText = (text: string) => text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

type ReadPart = (name: string, handlers: Parameters<typeof parseXmlEntry>[3]) => void;

function readSheetList(read: ReadPart, entries: Map<string, ZipEntry>): Pick<WorkbookParts, 'sheets' | 'date1904'> {
  const ids: string[] = [];
  let date1904 = false;
  read('xl/workbook.xml', {
    open(name, a) {
      if (name === 'sheet' && a['r:id']) ids.push(a['r:id']);
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
    },
  });
  const targets = new Map<string, string>();
  read('xl/_rels/workbook.xml.rels', {
    open(name, a) {
      if (name === 'Relationship' && a.Id && a.Target) targets.set(a.Id, a.Target);
    },
  });
  // Targets are relative to xl/ ("worksheets/sheet1.xml") or absolute ("/xl/worksheets/sheet1.xml").
  const sheets = ids
    .map((id) => targets.get(id))
    .map((target) => (target === undefined ? undefined : entries.get(`xl/${target.replace(/^(\s|\/xl\/)+/, '')}`)))
    .filter((e): e is ZipEntry => e !== undefined);
  return { sheets, date1904 };
}

/** Shared strings: plain or rich text (runs joined); phonetic guides (rPh) are not part of the text. */
function readStrings(read: ReadPart): string[] {
  const strings: string[] = [];
  let current = '';
  let piece: string | null = null;
  let phonetic = 0;
  read('xl/sharedStrings.xml', {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) piece = '';
    },
    text(text) {
      if (piece !== null) piece += text;
    },
    close(name) {
      if (name === 't' && piece !== null) {
        current += unescapeText(piece);
        piece = null;
      } else if (name === 'rPh') phonetic--;
      else if (name === 'si') strings.push(current);
    },
  });
  return strings;
}

function readDateStyles(read: ReadPart): Set<number> {
  const custom = new Map<number, string>();
  const styleFormats: number[] = [];
  let inFormats = false;
  let inCellStyles = false;
  read('xl/styles.xml', {
    open(name, a) {
      if (name === 'numFmts') inFormats = true;
      else if (name === 'cellXfs') inCellStyles = true;
      else if (name === 'numFmt' && inFormats && a.formatCode) custom.set(Number(a.numFmtId), a.formatCode);
      else if (name === 'xf' && inCellStyles) styleFormats.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'numFmts') inFormats = false;
      else if (name === 'cellXfs') inCellStyles = false;
    },
  });
  const dates = new Set<number>();
  // Style 0 is the default style: a cell that names it is formatted as General.
  for (let i = 1; i < styleFormats.length; i++) {
    const id = styleFormats[i]!;
    const code = custom.get(id);
    if (code === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormat(code)) dates.add(i);
  }
  return dates;
}

/** Reads the sheet list, shared strings and date styles; a missing optional part reads as empty. */
export function readWorkbookParts(bytes: Uint8Array, entries: Map<string, ZipEntry>, budget: InflateBudget): WorkbookParts {
  const read: ReadPart = (name, handlers) => {
    const entry = entries.get(name);
    if (entry) parseXmlEntry(bytes, entry, budget, handlers);
  };
  return { ...readSheetList(read, entries), strings: readStrings(read), dateStyles: readDateStyles(read) };
}
