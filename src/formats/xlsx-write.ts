import { strToU8, Zip, ZipDeflate, ZipPassThrough } from 'fflate';
import { guardXlsxText } from '../domain/export/formula-guard';
import type { ExportSheet } from '../domain/export/table';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Cell styles (cellXfs): 0 plain, 1 bold header, 2 Text (@, numFmtId 49) for codes, 3 bold Text. */
const STYLES = `${HEAD}<styleSheet xmlns="${MAIN}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/><xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** Rows handed to the deflater at a time: the sheet's XML is never held whole. */
const ROWS_PER_PIECE = 500;

/** XML text: markup escaped, a CR kept as a reference (a parser would read a raw one as LF), characters XML forbids dropped. */
function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\ufffd]/g, '')
    .replace(/[&<>"\r]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#13;'));
}

/** "A", …, "Z", "AA", … for a 0-based column. */
function columnName(i: number): string {
  let name = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** One row of inline-string cells; empty cells are left out (the column's style still applies to them). */
function rowXml(cells: string[], r: number, styleOf: (c: number) => number): string {
  let xml = `<row r="${r}">`;
  for (let c = 0; c < cells.length; c++) {
    const text = cells[c]!;
    if (text === '') continue;
    const s = styleOf(c);
    const space = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : '';
    xml += `<c r="${columnName(c)}${r}"${s ? ` s="${s}"` : ''} t="inlineStr"><is><t${space}>${escapeXml(text)}</t></is></c>`;
  }
  return `${xml}</row>`;
}

function writeSheet(zip: Zip, path: string, sheet: ExportSheet): void {
  const file = new ZipDeflate(path, { level: 6 });
  zip.add(file);
  const codes = new Set(sheet.codeColumns);
  const cols = sheet.header
    .map((h, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.min(40, Math.max(12, h.length + 2))}" customWidth="1"${codes.has(i) ? ' style="2"' : ''}/>`)
    .join('');
  file.push(
    strToU8(
      `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews><sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>${rowXml(sheet.header, 1, (c) => (codes.has(c) ? 3 : 1))}`,
    ),
  );
  const styleOf = (c: number) => (codes.has(c) ? 2 : 0);
  for (let start = 0; start < sheet.rows.length; start += ROWS_PER_PIECE) {
    let piece = '';
    const end = Math.min(sheet.rows.length, start + ROWS_PER_PIECE);
    for (let i = start; i < end; i++) piece += rowXml(sheet.rows[i]!.map(guardXlsxText), i + 2, styleOf);
    file.push(strToU8(piece));
  }
  file.push(strToU8('</sheetData></worksheet>'), true);
}

/** A small fixed part, stored: a deflater's tables cost more to set up than the bytes it would save. */
function addText(zip: Zip, path: string, xml: string): void {
  const file = new ZipPassThrough(path);
  zip.add(file);
  file.push(strToU8(xml), true);
}

/**
 * XLSX with code columns formatted as Text (@), so Excel keeps their leading
 * zeros, a bold frozen header, and every value an inline string cell, which a
 * spreadsheet never runs as a formula. Rows are turned into XML and deflated a
 * piece at a time straight into the zip: no workbook model is built.
 */
export function toXlsx(sheets: ExportSheet[]): Uint8Array {
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure = error;
    else chunks.push(data);
  });
  const overrides = sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${CT}.worksheet+xml"/>`).join('');
  addText(
    zip,
    '[Content_Types].xml',
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>${overrides}</Types>`,
  );
  addText(zip, '_rels/.rels', `${HEAD}<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  const sheetList = sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  addText(zip, 'xl/workbook.xml', `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><bookViews><workbookView/></bookViews><sheets>${sheetList}</sheets></workbook>`);
  const sheetRels = sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  addText(
    zip,
    'xl/_rels/workbook.xml.rels',
    `${HEAD}<Relationships xmlns="${PKG_REL}">${sheetRels}<Relationship Id="rId${sheets.length + 1}" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
  );
  addText(zip, 'xl/styles.xml', STYLES);
  for (const [i, sheet] of sheets.entries()) writeSheet(zip, `xl/worksheets/sheet${i + 1}.xml`, sheet);
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
