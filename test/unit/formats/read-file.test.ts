import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { AdminUnits, type AdminUnitsData } from '../../../src/domain/admin-units';
import { analyseTable, lacksRequiredColumn } from '../../../src/domain/import/analyse';
import { buildRows } from '../../../src/domain/import/rows';
import { MAX_FILE_BYTES, readTableFromFile } from '../../../src/formats/read-file';
import units from '../../../src/generated/admin-units.json';
import { dataText } from '../../../src/i18n/data';
import { importCodeText } from '../../../src/i18n/import-codes';
import { fileProblemText, rowIssueText } from '../../../src/i18n/import-problems';

const { keptReason } = importCodeText;

const dir = new URL('../../fixtures/', import.meta.url);
const expected = JSON.parse(readFileSync(new URL('expected.json', dir), 'utf8')) as {
  files: Record<string, { total: number; importable: number; errors: number; warnings: number; firstName?: string }>;
};
const adminUnits = new AdminUnits(units as unknown as AdminUnitsData);

function read(name: string) {
  return readTableFromFile(name, new Uint8Array(readFileSync(new URL(name, dir))));
}

describe('import fixtures (test/fixtures, made by scripts/gen-fixtures.mjs)', () => {
  for (const [name, want] of Object.entries(expected.files)) {
    it(`${name}: header found below title rows, counts as expected`, async () => {
      const table = await read(name);
      expect(table.ok, JSON.stringify(table)).toBe(true);
      if (!table.ok) return;
      const analysis = analyseTable(table.table);
      expect(analysis.ok).toBe(true);
      if (!analysis.ok) return;
      const { header } = analysis;
      expect(lacksRequiredColumn(header.mapping)).toBe(false);
      expect(Object.keys(header.mapping).sort()).toEqual(
        ['address', 'commune', 'kind', 'name', 'representativeName', 'representativePhone', 'taxCode'].sort(),
      );
      const built = buildRows(table.table, header.dataStart, header.headers, header.mapping, {
        units: adminUnits,
        provinceCode: '',
        defaultCommuneCode: '',
        keptReason,
      });
      expect(built.total).toBe(want.total);
      expect(built.rows.length).toBe(want.importable);
      expect(built.issues.filter((i) => i.level === 'error').length).toBe(want.errors);
      expect(built.issues.filter((i) => i.level === 'warning').length).toBe(want.warnings);
      if (want.firstName) expect(built.rows[0]!.name).toBe(want.firstName);
      for (const row of built.rows) expect(row.name.normalize('NFC')).toBe(row.name);
      expect(built.rows.filter((r) => r.communeCode).length).toBeGreaterThan(0);
    });
  }

  it('ds-utf8-bom.csv: messages name the row and the column, codes stay text', async () => {
    const table = await read('ds-utf8-bom.csv');
    if (!table.ok) throw new Error(table.problem.code);
    const a = analyseTable(table.table);
    if (!a.ok) throw new Error(a.problem.code);
    const built = buildRows(table.table, a.header.dataStart, a.header.headers, a.header.mapping, {
      units: adminUnits,
      provinceCode: '01',
      defaultCommuneCode: '',
      keptReason,
    });
    const messages = built.issues.map((i) => ({ ...i, message: rowIssueText(i) }));
    const exp = messages.find((i) => i.message.includes('1.01E+09'))!;
    expect(exp).toMatchObject({ level: 'error', column: 'Mã số thuế', line: 42 });
    expect(exp.message).toMatch(/^Dòng 42: .*số mũ/);
    const nine = messages.find((i) => i.message.includes('100233488'))!;
    expect(nine.level).toBe('warning');
    expect(built.rows.find((r) => r.name.includes('Mất Số Không'))!.taxCode).toBe('100233488');
    expect(messages.find((i) => i.message.includes('trùng mã số thuế'))!.message).toMatch(/với dòng 9 /);
    expect(messages.find((i) => i.column === 'Xã/Phường')!.message).toContain('Xã Không Có Thật');
    expect(built.rows[0]!.taxCode).toMatch(/^01\d{8}$/);
    expect(built.rows[1]!.communeCode).toBe('00008'); // "P. Ngọc Hà"
  });
});

describe('files saved by LibreOffice (scripts/office-fixtures.mjs)', () => {
  it('libreoffice-ds.xlsx: text codes stay text, the branch code keeps its suffix, the date cell reads as a date', async () => {
    const table = await read('libreoffice-ds.xlsx');
    if (!table.ok) throw new Error(table.problem.code);
    const a = analyseTable(table.table);
    if (!a.ok) throw new Error(a.problem.code);
    expect(a.header.headers[8]).toBe('Ngày cấp ĐKKD');
    expect(table.table.slice(1).map((r) => r[8])).toEqual(['2024-03-15', '2025-11-02', '2020-02-28', '2026-10-01']);
    const built = buildRows(table.table, a.header.dataStart, a.header.headers, a.header.mapping, {
      units: adminUnits,
      provinceCode: '',
      defaultCommuneCode: '',
      keptReason,
    });
    expect(built.issues).toEqual([]);
    expect(built.rows.map((r) => [r.line, r.taxCode, r.name, r.kind, r.representativeName])).toEqual([
      [2, '0100112437', 'Công ty TNHH Phước Lộc', 'enterprise', 'Nguyễn Văn Đức'],
      [3, '0100112437-001', 'Chi nhánh Công ty TNHH Phước Lộc', 'branch', 'Trần Thị Hồng'],
      [4, '0101234565', 'Hợp tác xã Thủy Tiên', 'cooperative', 'Lê Quốc Việt'],
      [5, '', 'Hộ kinh doanh Bùi Thị Ánh', 'household', 'Bùi Thị Ánh'],
    ]);
    expect(built.rows.map((r) => r.representativePhone)).toEqual(['+84912345678', '+84987654321', '+84901234567', '+84387000111']);
    expect(built.rows.every((r) => r.communeCode !== '')).toBe(true);
  });

  it('libreoffice-ds.xls (Excel 97–2003) is told apart by its bytes and answered with how to save it as .xlsx', async () => {
    const xls = new Uint8Array(readFileSync(new URL('libreoffice-ds.xls', dir)));
    for (const name of ['libreoffice-ds.xls', 'đổi-tên.xlsx', 'đổi-tên.csv']) {
      const r = readTableFromFile(name, xls);
      expect(r).toEqual({ ok: false, problem: { code: 'legacyXls', file: name } });
      if (!r.ok) expect(fileProblemText(r.problem)).toBe(dataText.import.legacyXls(name));
    }
    expect(dataText.import.legacyXls('ds.xls')).toMatch(/^Tệp “ds\.xls” là định dạng Excel 97–2003 \(\.xls\).*Excel, WPS hoặc LibreOffice.*Lưu thành….*Excel Workbook \(\.xlsx\)/);
  });
});

describe('bad input is refused with the reason, worded in Vietnamese', () => {
  it('empty file', async () => expect(await read('empty.csv')).toEqual({ ok: false, problem: { code: 'empty' } }));
  it('random bytes named .xlsx', async () => expect(await read('random.xlsx')).toEqual({ ok: false, problem: { code: 'notXlsx' } }));
  it('truncated .xlsx', async () => expect(await read('truncated.xlsx')).toEqual({ ok: false, problem: { code: 'notXlsx' } }));
  it('zip bomb', async () => expect(await read('zip-bomb.xlsx')).toEqual({ ok: false, problem: { code: 'zipBomb' } }));
  it('TCVN3 and VNI text', async () => {
    expect(await read('legacy-tcvn3.csv')).toEqual({ ok: false, problem: { code: 'legacyFont' } });
    expect(await read('legacy-vni.csv')).toEqual({ ok: false, problem: { code: 'legacyFont' } });
  });
  it('a 50 MB CSV', async () => {
    const big = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    const r = readTableFromFile('lon.csv', big);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(fileProblemText(r.problem)).toMatch(/^Tệp quá lớn \(50 MB\); giới hạn là 40 MB/);
    expect(MAX_FILE_BYTES).toBe(40 * 1024 * 1024);
  });
  it('a sheet without a recognisable header', async () => {
    const t = await read('no-header.csv');
    if (!t.ok) throw new Error(t.problem.code);
    expect(analyseTable(t.table)).toEqual({ ok: false, problem: { code: 'noHeader' } });
  });
  it('required column missing', async () => {
    const t = await read('missing-name.csv');
    if (!t.ok) throw new Error(t.problem.code);
    const a = analyseTable(t.table);
    if (!a.ok) throw new Error(a.problem.code);
    expect(lacksRequiredColumn(a.header.mapping)).toBe(true);
  });
});
