import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkPhone, checkTaxCode } from '../../../../src/domain/import/code-cells';

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
