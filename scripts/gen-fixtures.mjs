// Regenerates test/fixtures/: import files shaped like the lists communes
// receive (title rows, merged two-row header, Windows-1258, semicolons, UTF-16,
// Excel-damaged codes, duplicates, legacy fonts) and hostile files. Also writes
// expected.json, the preview counts each file must give. Run: node scripts/gen-fixtures.mjs
import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { COMMUNES, csvLine, encodeCp1258, HEADER, makeRow, TITLE_ROWS } from './fixture-rows.mjs';
import { OFFICE_XLSX, writeOfficeFixtures } from './office-fixtures.mjs';

const dir = new URL('../test/fixtures/', import.meta.url);
mkdirSync(dir, { recursive: true });
const write = (name, data) => writeFileSync(new URL(name, dir), data);
const expected = {};
const lines = (rows, d = ',') => `${rows.map((r) => csvLine(r, d)).join('\r\n')}\r\n`;

// 1. UTF-8 with BOM, commas, title rows; damaged and duplicated codes.
{
  const rows = Array.from({ length: 36 }, (_, i) => makeRow(i));
  rows.push(['37', 'Công ty TNHH Số Mũ', '1.01E+09', '5 Kim Mã', 'Phường Ngọc Hà', 'Lê Văn A', '0912000001', 'Công ty']);
  rows.push(['38', 'Công ty TNHH Mất Số Không', '100233488', '6 Kim Mã', 'Phường Ngọc Hà', 'Lê Văn B', '912000002', 'Công ty']);
  rows.push(['39', 'Công ty TNHH Trùng Mã', makeRow(3)[2], '7 Kim Mã', 'Phường Ngọc Hà', 'Lê Văn C', '0912000003', 'Công ty']);
  rows.push(['40', 'Hộ kinh doanh Ngoài Danh Mục', '', '8 Kim Mã', 'Xã Không Có Thật', 'Lê Văn D', '=HYPERLINK("x")', 'Hộ kinh doanh']);
  write('ds-utf8-bom.csv', `\uFEFF${lines([...TITLE_ROWS, HEADER, ...rows])}`);
  expected['ds-utf8-bom.csv'] = { total: 40, importable: 38, errors: 2, warnings: 4 };
}

// 2. Windows-1258, semicolons, title rows (Excel "CSV" on a Vietnamese Windows).
{
  const rows = Array.from({ length: 25 }, (_, i) => makeRow(100 + i));
  write('ds-cp1258-semicolon.csv', encodeCp1258(lines([...TITLE_ROWS, HEADER, ...rows], ';')));
  expected['ds-cp1258-semicolon.csv'] = { total: 25, importable: 25, errors: 0, warnings: 0, firstName: rows[0][1] };
}

// 3. UTF-16 little-endian with BOM, tabs (Excel "Unicode Text").
{
  const rows = Array.from({ length: 10 }, (_, i) => makeRow(200 + i));
  const text = `\uFEFF${lines([HEADER, ...rows], '\t')}`;
  write('ds-utf16-tab.csv', Buffer.from(text, 'utf16le'));
  expected['ds-utf16-tab.csv'] = { total: 10, importable: 10, errors: 0, warnings: 0 };
}

// 4. XLSX: merged title, merged two-row header, codes as text, one code stored as a number.
async function mergedHeaderXlsx() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Danh sách');
  ws.addRow(['DANH SÁCH TỔ CHỨC, DOANH NGHIỆP ĐANG HOẠT ĐỘNG TRÊN ĐỊA BÀN']);
  ws.mergeCells('A1:H1');
  ws.addRow(['(Kèm theo Công văn số 123/UBND ngày 01/10/2026)']);
  ws.addRow([]);
  ws.addRow(['STT', 'Tên doanh nghiệp', 'Mã số thuế', 'Địa chỉ', 'Xã/Phường', 'Người đại diện', '', 'Loại hình']);
  ws.addRow(['', '', '', '', '', 'Họ tên', 'Điện thoại', '']);
  for (const col of ['A', 'B', 'C', 'D', 'E', 'H']) ws.mergeCells(`${col}4:${col}5`);
  ws.mergeCells('F4:G4');
  const rows = Array.from({ length: 28 }, (_, i) => makeRow(300 + i));
  for (const r of rows) ws.addRow(r);
  ws.addRow(['29', 'Công ty TNHH Ô Số', 100233488, '9 Đội Cấn', 'Phường Giảng Võ', 'Vũ Văn E', '0987000001', 'Công ty']);
  ws.addRow(['30', 'Hợp tác xã Số Mũ', '1.01E+09', '10 Đội Cấn', 'Phường Giảng Võ', 'Vũ Văn F', '0987000002', 'Hợp tác xã']);
  ws.getColumn(3).numFmt = '@';
  ws.getColumn(7).numFmt = '@';
  expected['ds-merged-header.xlsx'] = { total: 30, importable: 29, errors: 1, warnings: 1, firstName: rows[0][1] };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
const xlsx = await mergedHeaderXlsx();
write('ds-merged-header.xlsx', xlsx);

// 5. Saved by LibreOffice (.xlsx, and an Excel 97-2003 .xls that must be refused with instructions).
const office = writeOfficeFixtures(dir);
expected[OFFICE_XLSX] = { total: 4, importable: 4, errors: 0, warnings: 0, firstName: 'Công ty TNHH Phước Lộc' };

// 6. Legacy font encodings: must be refused with conversion instructions.
write('legacy-tcvn3.csv', `Tªn doanh nghiÖp,M· sè thuÕ\r\nC«ng ty TNHH Ph­íc Léc,0100233488\r\nNguyÔn V¨n §øc,0100233489\r\n`);
write('legacy-vni.csv', `Teân doanh nghieäp,Maõ soá thueá\r\nCoâng ty TNHH Phöôùc Loäc,0100233488\r\nNguyeãn Vaên Ñöùc,0100233489\r\n`);

// 7. Hostile and unusable files.
write('empty.csv', '');
{
  let seed = 42;
  const next = () => {
    seed = (seed * 1103515245 + 12345) >>> 0;
    return (seed >>> 16) & 0xff;
  };
  const random = Uint8Array.from({ length: 4096 }, next);
  write('random.xlsx', random);
}
write('truncated.xlsx', xlsx.subarray(0, Math.floor(xlsx.length / 2)));
write('no-header.csv', lines([['1', '2', '3'], ['0100233488', '0912345678', 'abc'], ['x', 'y', 'z']]));
write('missing-name.csv', lines([['Mã số thuế', 'Địa chỉ', 'Điện thoại'], ['0100233488', '12 Hàng Bài', '0912345678']]));

/** A zip whose one worksheet inflates to 64 MB of zeros from ~60 KB: a small zip bomb. */
function zipBomb() {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const data = Buffer.alloc(64 * 1024 * 1024);
  const packed = deflateRawSync(data, { level: 9 });
  const crc = crc32(data);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(packed.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(packed.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(name.length, 28);
  const dirOffset = local.length + name.length + packed.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(dirOffset, 16);
  return Buffer.concat([local, name, packed, central, name, end]);
}
write('zip-bomb.xlsx', zipBomb());

write('expected.json', `${JSON.stringify({ communes: COMMUNES, files: expected }, null, 2)}\n`);
console.log(`fixtures: ${Object.keys(expected).length} import files + bad inputs in test/fixtures/`);
console.log(office ? 'LibreOffice fixtures regenerated.' : 'LibreOffice (soffice) not found: kept the committed libreoffice-ds.xlsx/.xls.');
