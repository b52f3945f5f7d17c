import { describe, expect, it } from 'vitest';
import { isBranchTaxCode, parseTaxCode, taxCheckDigit } from '../../../src/domain/tax-code';

describe('parseTaxCode', () => {
  it.each(['0100233488', '0100112437', '0314409058-002', '0312687878-001', '2000102580-005'])('accepts the known valid code %s', (code) => {
    expect(parseTaxCode(code, false)).toEqual({ ok: true, value: code });
  });

  it('computes the worked example check digit (S = 167, 167 mod 11 = 2, 10 − 2 = 8)', () => {
    expect(taxCheckDigit('010023348')).toBe(8);
  });

  it('gives 0 when S mod 11 = 10 and no digit when S mod 11 = 0', () => {
    expect(taxCheckDigit('200010258')).toBe(0);
    const zero = Array.from({ length: 1000 }, (_, i) => `010000${String(i).padStart(3, '0')}`).find((p) => taxCheckDigit(p) === null);
    expect(zero).toBe('010000005');
    expect(parseTaxCode(`${zero}0`, false).ok).toBe(false);
  });

  it('rejects a wrong check digit', () => {
    expect(parseTaxCode('0100233480', false)).toEqual({ ok: false, problem: 'checkDigit' });
  });

  it('strips spaces, dots and dashes and writes branches as NNNNNNNNNN-NNN', () => {
    expect(parseTaxCode(' 0100.233.488 ', false)).toEqual({ ok: true, value: '0100233488' });
    expect(parseTaxCode('0314409058002', false)).toEqual({ ok: true, value: '0314409058-002' });
  });

  it('rejects branch 000, an all-zero sequence and wrong lengths', () => {
    expect(parseTaxCode('0100233488-000', false)).toEqual({ ok: false, problem: 'branch' });
    expect(parseTaxCode('0100000000', false)).toEqual({ ok: false, problem: 'sequence' });
    expect(parseTaxCode('010023348', false)).toEqual({ ok: false, problem: 'format' });
    expect(parseTaxCode('01002334a8', false)).toEqual({ ok: false, problem: 'format' });
  });

  it('accepts a 12-digit personal number only for household businesses', () => {
    expect(parseTaxCode('001203012345', true)).toEqual({ ok: true, value: '001203012345' });
    expect(parseTaxCode('001203012345', false)).toEqual({ ok: false, problem: 'format' });
  });
});

describe('isBranchTaxCode', () => {
  it.each(['0314409058-002', '0314409058002', '0314 409 058-002', '0314.409.058-002'])('takes %s for a branch', (code) => {
    expect(isBranchTaxCode(code)).toBe(true);
  });

  it.each(['0314409058', '001203012345', '0314409058-00', '0314409058-0021', ''])('does not take %s for a branch', (code) => {
    expect(isBranchTaxCode(code)).toBe(false);
  });
});
