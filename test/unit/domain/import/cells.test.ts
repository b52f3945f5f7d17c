import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPhone, checkTaxCode } from '../../../../src/domain/import/code-cells';
import { decodeCsvBytes } from '../../../../src/domain/import/decode';
import { detectDelimiter } from '../../../../src/domain/import/delimiter';
import { fieldOfHeader } from '../../../../src/domain/import/fields';
import { guessKind } from '../../../../src/domain/import/kind';
import { encodeCp1258 } from '../../../../scripts/fixture-rows.mjs';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeCsvBytes', () => {
  it('strips a UTF-8 BOM so the first header is "Tên", not "\\uFEFFTên"', () => {
    const r = decodeCsvBytes(utf8('\uFEFFTên,MST\n'));
    expect(r.ok && r.text.startsWith('Tên')).toBe(true);
  });
  it('decodes Windows-1258 and composes it: "Hà Nội" equals the typed value', () => {
    const r = decodeCsvBytes(encodeCp1258('Tên,Xã\nA,Hà Nội\n'));
    expect(r).toMatchObject({ ok: true, encoding: 'windows-1258' });
    expect(r.ok && r.text.split('\n')[1]).toBe('A,Hà Nội');
  });
  it('normalises NFD input to NFC', () => {
    const r = decodeCsvBytes(utf8('Tên\nNguyễn'.normalize('NFD')));
    expect(r.ok && r.text).toBe('Tên\nNguyễn');
  });
  it('reads UTF-16 with and without a BOM', () => {
    const le = Buffer.from('Tên\tMST\nĐức\t1\n', 'utf16le');
    expect(decodeCsvBytes(new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), le])))).toMatchObject({ ok: true, encoding: 'utf-16le' });
    const r = decodeCsvBytes(new Uint8Array(le));
    expect(r.ok && r.text).toBe('Tên\tMST\nĐức\t1\n');
  });
});

describe('detectDelimiter', () => {
  it('finds ; below a title row, with comma decimals and branch tax codes', () => {
    expect(detectDelimiter('DANH SÁCH\nTên;MST;Vốn\nA;0101234567-001;1,5\nB;0101234568;2,25\n')).toBe(';');
  });
  it('finds tabs and commas', () => {
    expect(detectDelimiter('a\tb\tc\n1\t2\t3\n')).toBe('\t');
    expect(detectDelimiter('"a;b",c\n"1;2",3\n')).toBe(',');
  });
});

describe('code cells', () => {
  it('keeps valid codes, flags damage without fixing it', () => {
    expect(checkTaxCode('0314409058-002', false)).toEqual({ kind: 'ok', value: '0314409058-002' });
    expect(checkTaxCode('0314409058002', false)).toEqual({ kind: 'ok', value: '0314409058-002' });
    expect(checkTaxCode('1.01E+09', false).kind).toBe('error');
    expect(checkTaxCode('8.49123E+10', false).kind).toBe('error');
    expect(checkTaxCode('1234567890123450', false).kind).toBe('error');
    expect(checkTaxCode('100233488', false)).toMatchObject({ kind: 'warning', value: '100233488', kept: true });
    expect(checkPhone('912345678')).toMatchObject({ kind: 'warning', value: '912345678' });
    expect(checkPhone('0912 345 678')).toEqual({ kind: 'ok', value: '+84912345678' });
    expect(checkPhone('+84 912.345.678')).toEqual({ kind: 'ok', value: '+84912345678' });
    expect(checkPhone('8.49123E+10').kind).toBe('error');
  });
  it('runs the registry\'s own checks: a wrong check digit is flagged and kept as written', () => {
    expect(checkTaxCode('0100233480', false)).toMatchObject({ kind: 'warning', value: '0100233480', kept: true, problem: { code: 'taxKept', problem: 'checkDigit' } });
    expect(checkTaxCode('0100000000', false)).toMatchObject({ kind: 'warning', kept: true, problem: { code: 'taxKept', problem: 'sequence' } });
    expect(checkTaxCode('0100233488-000', false)).toMatchObject({ kind: 'warning', kept: true });
  });
  it('leaves out a 12-digit personal number, valid or not, and says why', () => {
    expect(checkTaxCode('001203012345', true)).toMatchObject({ kind: 'warning', value: '', kept: false, problem: { code: 'personalLeftOut', problem: null } });
    expect(checkTaxCode('999203012345', true)).toMatchObject({ kind: 'warning', value: '', problem: { code: 'personalLeftOut', problem: 'personalPlace' } });
  });
  it('accepts landlines and stores them in E.164, as the form does', () => {
    expect(checkPhone('024 3123 4567')).toEqual({ kind: 'ok', value: '+842431234567' });
    expect(checkPhone('0236.381.2345')).toEqual({ kind: 'ok', value: '+842363812345' });
    expect(checkPhone('0243123456')).toMatchObject({ kind: 'warning', value: '0243123456', kept: true });
  });
  it('never changes the digits of a tax code (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('0', '1', '5', '9', '-', ' ', 'E', '+', '.') }), (raw) => {
        const r = checkTaxCode(raw, false);
        // A 12-digit personal number is left out whole (no consent in a file), never altered.
        const digits = raw.replace(/\D/g, '');
        expect(r.value.replace(/\D/g, '')).toBe(r.kind === 'warning' && !r.kept ? '' : digits);
      }),
    );
  });
});

describe('headers and kinds', () => {
  it.each([
    ['Mã số thuế', 'taxCode'],
    ['MST', 'taxCode'],
    ['Tên doanh nghiệp', 'name'],
    ['Tên tổ chức', 'name'],
    ['Tên người đại diện', 'representativeName'],
    ['Người đại diện Họ tên', 'representativeName'],
    ['Người đại diện Điện thoại', 'representativePhone'],
    ['SĐT', 'representativePhone'],
    ['Xã/Phường', 'commune'],
    ['Địa chỉ trụ sở', 'address'],
    ['Loại hình doanh nghiệp', 'kind'],
    ['Tax code', 'taxCode'],
    ['Company name', 'name'],
    ['STT', undefined],
  ])('%s → %s', (header, field) => expect(fieldOfHeader(header)).toBe(field));
  it('guesses the kind from the cell, else the name', () => {
    expect(guessKind('Hợp tác xã', '')).toBe('cooperative');
    expect(guessKind('', 'HTX Nông nghiệp An Bình')).toBe('cooperative');
    expect(guessKind('', 'Công ty TNHH Phước Lộc')).toBe('enterprise');
    expect(guessKind('', 'Hộ kinh doanh Lan')).toBe('household');
  });
  it.each([
    ['Chi nhánh Công ty TNHH Phước Lộc tại Huế', 'branch'],
    ['Công ty CP An Bình - Văn phòng đại diện Hà Nội', 'branch'],
    ['Địa điểm kinh doanh số 2 - Công ty TNHH Lan', 'branch'],
    ['Trường Tiểu học Kim Mã', 'public_unit'],
    ['Truong THCS Ngoc Ha', 'public_unit'],
    ['Trương Văn Hồi', 'other'],
    ['Nguyễn Trưởng', 'other'],
    ['Công ty TNHH Trường Thành', 'enterprise'],
    ['Hội Nông dân phường Ba Đình', 'association'],
    ['Chi hội Cựu chiến binh tổ 5', 'association'],
    ['Hiệp hội Doanh nghiệp thành phố Huế', 'association'],
    ['Lê Thị Hồi', 'other'],
    ['Chùa Một Cột', 'religious'],
    ['Giáo xứ Hàm Long', 'religious'],
    ['Tổ hợp tác sản xuất rau an toàn', 'coop_group'],
  ])('reads the name %s as %s', (name, kind) => expect(guessKind('', name)).toBe(kind));
  it('reads its own kind labels back', () => {
    expect(guessKind('Chi nhánh, văn phòng đại diện, địa điểm kinh doanh', '')).toBe('branch');
    expect(guessKind('Cơ sở tôn giáo', '')).toBe('religious');
    expect(guessKind('Tổ hợp tác', '')).toBe('coop_group');
  });
});
