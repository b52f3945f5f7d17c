import { describe, expect, it } from 'vitest';
import { encodeCp1258 } from '../../../../scripts/fixture-rows.mjs';
import { decodeCsvBytes } from '../../../../src/domain/import/decode';

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
