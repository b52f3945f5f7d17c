import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXlsx } from '../../../src/formats/xlsx';

const NOT_XLSX = { ok: false, problem: { code: 'notXlsx' } };
const BOMB = { ok: false, problem: { code: 'zipBomb' } };

/** A minimal workbook around one sheet's XML (or bytes), as a spreadsheet program would zip it. */
function workbook(sheet: string | Uint8Array): Uint8Array {
  return zipSync({
    'xl/workbook.xml': strToU8('<workbook xmlns:r="r"><sheets><sheet name="DS" sheetId="1" r:id="rId1"/></sheets></workbook>'),
    'xl/_rels/workbook.xml.rels': strToU8('<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>'),
    'xl/worksheets/sheet1.xml': typeof sheet === 'string' ? strToU8(sheet) : sheet,
  });
}

const sheetXml = (rows: string) => `<?xml version="1.0"?><worksheet><sheetData>${rows}</sheetData></worksheet>`;
const ROWS = '<row r="1"><c r="A1" t="inlineStr"><is><t>Tên</t></is></c><c r="B1"><v>42</v></c></row>';

/** Offset of the central directory record of `name`. */
function centralRecord(zip: Uint8Array, name: string): number {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let p = 0; p + 46 < zip.length; p++) {
    if (view.getUint32(p, true) !== 0x02014b50) continue;
    const len = view.getUint16(p + 28, true);
    if (new TextDecoder().decode(zip.subarray(p + 46, p + 46 + len)) === name) return p;
  }
  throw new Error(`no ${name}`);
}

describe('the streaming .xlsx reader refuses hostile and damaged files', () => {
  it('reads a minimal hand-made workbook (the base of the cases below)', () => {
    expect(readXlsx(workbook(sheetXml(ROWS)))).toMatchObject({ ok: true, table: [['Tên', '42']] });
  });

  it('a sheet that inflates past the size its zip declares is a bomb, however small the declared size', () => {
    const zip = workbook(sheetXml(`${ROWS}${'<row/>'.repeat(500_000)}`));
    const record = centralRecord(zip, 'xl/worksheets/sheet1.xml');
    new DataView(zip.buffer, zip.byteOffset).setUint32(record + 24, 50_000, true); // declared inflated size
    expect(readXlsx(zip)).toEqual(BOMB);
  });

  it('the committed zip bomb fixture is refused', () => {
    expect(readXlsx(new Uint8Array(readFileSync(new URL('../../fixtures/zip-bomb.xlsx', import.meta.url))))).toEqual(BOMB);
  });

  it('a merged range covering millions of cells is refused as a bomb, not filled', () => {
    expect(readXlsx(workbook(`<worksheet><sheetData>${ROWS}</sheetData><mergeCells><mergeCell ref="A1:Z100000"/></mergeCells></worksheet>`))).toEqual(BOMB);
  });

  it('every cut of a file is refused, and so are damaged deflate data and unfinished XML', () => {
    const whole = workbook(sheetXml(ROWS.repeat(50)));
    for (const cut of [10, 100, Math.floor(whole.length / 2), whole.length - 30, whole.length - 1]) {
      expect(readXlsx(whole.subarray(0, cut))).toEqual(NOT_XLSX);
    }
    const damaged = whole.slice();
    const record = centralRecord(damaged, 'xl/worksheets/sheet1.xml');
    const view = new DataView(damaged.buffer);
    const local = view.getUint32(record + 42, true);
    const data = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    damaged.fill(0xff, data, data + 4);
    expect(readXlsx(damaged)).toEqual(NOT_XLSX);
    expect(readXlsx(workbook(sheetXml(ROWS).slice(0, -30)))).toEqual(NOT_XLSX);
    expect(readXlsx(workbook('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></c></row>'))).toEqual(NOT_XLSX);
  });

  it('cell and row references past Excel’s own sheet size are refused', () => {
    expect(readXlsx(workbook(sheetXml('<row r="2000000"><c><v>1</v></c></row>')))).toEqual(NOT_XLSX);
    expect(readXlsx(workbook(sheetXml('<row r="1"><c r="ZZZZ1"><v>1</v></c></row>')))).toEqual(NOT_XLSX);
  });

  it('a zip without a workbook part, or without a sheet with a value, says so', () => {
    expect(readXlsx(zipSync({ 'a.txt': strToU8('x') }))).toEqual(NOT_XLSX);
    expect(readXlsx(workbook(sheetXml('<row r="1"><c r="A1" s="1"/></row>')))).toEqual({ ok: false, problem: { code: 'noSheetData' } });
  });

  it('namespace-prefixed sheets (x:c) and cells without references read in order', () => {
    const xml = '<x:worksheet xmlns:x="m"><x:sheetData><x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row><x:c r="C2"><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(readXlsx(workbook(xml))).toMatchObject({ ok: true, table: [['a', '2', ''], ['', '', '3']] });
  });
});
