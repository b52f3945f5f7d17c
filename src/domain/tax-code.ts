/**
 * Vietnamese tax / enterprise codes (mã số thuế), domain-notes §2a and §2b.
 * 10 digits with a check digit; branches add "-NNN" (001–999); since 1/7/2025
 * household businesses use the owner's 12-digit personal number instead.
 * The one check for the form and the import alike.
 */
const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/**
 * Birth-registration places of a personal number: "0" + the old 63-province GSO
 * codes. Not the 2025 list: personal numbers are for life and were not re-issued
 * after the merger.
 */
const PERSONAL_PLACES = new Set(
  '001 002 004 006 008 010 011 012 014 015 017 019 020 022 024 025 026 027 030 031 033 034 035 036 037 038 040 042 044 045 046 048 049 051 052 054 056 058 060 062 064 066 067 068 070 072 074 075 077 079 080 082 083 084 086 087 089 091 092 093 094 095 096'.split(' '),
);

export type TaxCodeProblem =
  | 'format'
  | 'checkDigit'
  | 'sequence'
  | 'branch'
  /** A 12-digit personal number whose first three digits are no birth-registration place. */
  | 'personalPlace'
  /** Digit 4 (century and sex) is not 0–3: nobody living was born outside 1900–2099. */
  | 'personalCentury'
  /** Digits 4–6 give a year of birth still to come. */
  | 'personalYear';

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

/** A 12-digit number: a household business's tax code, which is its owner's personal ID number (§2b). */
export function isPersonalNumber(raw: string): boolean {
  return /^\d{12}$/.test(taxDigits(raw));
}

/** A branch, representative office or business location: the parent's ten digits plus "-NNN". */
export function isBranchTaxCode(raw: string): boolean {
  // Shorter text cannot hold 13 digits: most codes are 10 digits, and progress asks this of every organisation.
  return raw.length >= 13 && /^\d{13}$/.test(taxDigits(raw));
}

function personalNumberProblem(digits: string, thisYear: number): TaxCodeProblem | null {
  if (!PERSONAL_PLACES.has(digits.slice(0, 3))) return 'personalPlace';
  const century = Number(digits[3]);
  if (century > 3) return 'personalCentury';
  const year = (century < 2 ? 1900 : 2000) + Number(digits.slice(4, 6));
  return year > thisYear ? 'personalYear' : null;
}

/**
 * Validates and normalises a tax code: '0100233488', '0314409058-002', or (for
 * household businesses) a 12-digit personal number. Empty input is not this
 * function's business: whether a code is required depends on the kind.
 */
export function parseTaxCode(raw: string, allowPersonalNumber: boolean, thisYear = new Date().getFullYear()): TaxCodeResult {
  const digits = taxDigits(raw);
  if (!/^\d+$/.test(digits)) return { ok: false, problem: 'format' };
  if (digits.length === 12) {
    if (!allowPersonalNumber) return { ok: false, problem: 'format' };
    const problem = personalNumberProblem(digits, thisYear);
    return problem ? { ok: false, problem } : { ok: true, value: digits };
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
