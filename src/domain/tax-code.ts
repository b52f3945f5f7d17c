/**
 * Vietnamese tax / enterprise codes (mã số thuế), domain-notes §2a.
 * 10 digits with a check digit; branches add "-NNN" (001–999); since 1/7/2025
 * household businesses may use the owner's 12-digit personal number instead.
 */
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

export type TaxCodeProblem = 'format' | 'checkDigit' | 'sequence' | 'branch';

export type TaxCodeResult = { ok: true; value: string } | { ok: false; problem: TaxCodeProblem };

/** The check digit for the first nine digits, or null when no valid code starts with them (S mod 11 = 0). */
export function taxCheckDigit(first9: string): number | null {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += WEIGHTS[i]! * Number(first9[i]);
  const r = sum % 11;
  if (r === 0) return null;
  return r === 10 ? 0 : 10 - r;
}

/** Spaces, dots and dashes are only separators. */
export function taxDigits(raw: string): string {
  return raw.replace(/[\s.\-\u00a0]/g, '');
}

/**
 * Validates and normalises a tax code: '0100233488', '0314409058-002', or (for
 * household businesses) a 12-digit personal number. Empty input is not this
 * function's business: whether a code is required depends on the kind.
 */
export function parseTaxCode(raw: string, allowPersonalNumber: boolean): TaxCodeResult {
  const digits = taxDigits(raw);
  if (!/^\d+$/.test(digits)) return { ok: false, problem: 'format' };
  if (digits.length === 12) {
    return allowPersonalNumber ? { ok: true, value: digits } : { ok: false, problem: 'format' };
  }
  if (digits.length !== 10 && digits.length !== 13) return { ok: false, problem: 'format' };
  if (digits.slice(2, 9) === '0000000') return { ok: false, problem: 'sequence' };
  if (taxCheckDigit(digits.slice(0, 9)) !== Number(digits[9])) return { ok: false, problem: 'checkDigit' };
  if (digits.length === 13) {
    if (digits.slice(10) === '000') return { ok: false, problem: 'branch' };
    return { ok: true, value: `${digits.slice(0, 10)}-${digits.slice(10)}` };
  }
  return { ok: true, value: digits };
}
