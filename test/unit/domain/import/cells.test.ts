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
    expect(checkTaxCode('0101234567-001')).toEqual({ kind: 'ok', value: '0101234567-001' });
    expect(checkTaxCode('1.01E+09').kind).toBe('error');
    expect(checkTaxCode('8.49123E+10').kind).toBe('error');
    expect(checkTaxCode('1234567890123450').kind).toBe('error');
    expect(checkTaxCode('100233488')).toMatchObject({ kind: 'warning', value: '100233488' });
    expect(checkPhone('912345678')).toMatchObject({ kind: 'warning', value: '912345678' });
    expect(checkPhone('0912 345 678')).toEqual({ kind: 'ok', value: '+84912345678' });
    expect(checkPhone('+84 912.345.678')).toEqual({ kind: 'ok', value: '+84912345678' });
    expect(checkPhone('8.49123E+10').kind).toBe('error');
  });
  it('never changes the digits of a tax code (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('0', '1', '5', '9', '-', ' ', 'E', '+', '.') }), (raw) => {
        const r = checkTaxCode(raw);
        expect(r.value.replace(/\D/g, '')).toBe(raw.replace(/\D/g, ''));
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
});
