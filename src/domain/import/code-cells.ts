import { parsePhone } from '../phone';
import { isPersonalNumber, parseTaxCode, taxDigits } from '../tax-code';
import type { CodeProblem } from './row-problem';

/**
 * Tax codes and phone numbers arrive as text, or as what Excel made of them:
 * leading zero gone, "1.01E+09", digits beyond the 15th zeroed. Damage beyond
 * repair rejects the row. Anything else goes through the registry's own checks
 * (tax-code.ts, phone.ts), exactly as the form runs them: a value that fails is
 * imported as written and `kept` (flagged), so the form shows the problem and
 * lets the user fix it or keep it with a reason; it never refuses the record.
 */
export type CellCheck =
  | { kind: 'ok'; value: string }
  | { kind: 'warning'; value: string; problem: CodeProblem; kept: boolean }
  | { kind: 'error'; value: string; problem: CodeProblem };

const SCIENTIFIC = /^[+-]?\d+([.,]\d+)?e[+-]?\d+$/i;

/** `household`: the row's kind, since only a household business may have a 12-digit code. */
export function checkTaxCode(raw: string, household: boolean): CellCheck {
  const value = raw.replace(/[\s.]/g, '').replace(/[–—]/g, '-');
  if (value === '') return { kind: 'ok', value };
  if (SCIENTIFIC.test(raw.trim())) return { kind: 'error', value: raw.trim(), problem: { code: 'taxScientific', value: raw.trim() } };
  if (/^\d{16,}$/.test(value)) return { kind: 'error', value, problem: { code: 'taxTooLong', value } };
  // A personal ID number needs the owner's consent, which no file records (domain-notes §4).
  if (isPersonalNumber(value)) {
    const tax = parseTaxCode(value, true);
    return { kind: 'warning', value: '', problem: { code: 'personalLeftOut', value, problem: tax.ok ? null : tax.problem }, kept: false };
  }
  const tax = parseTaxCode(value, household);
  if (tax.ok) return { kind: 'ok', value: tax.value };
  if (/^\d{9}(-\d{3})?$/.test(value)) return { kind: 'warning', value, problem: { code: 'taxLostZero', value }, kept: true };
  const problem = tax.problem === 'format' && household ? 'formatHousehold' : tax.problem;
  return { kind: 'warning', value, problem: { code: 'taxKept', value, problem }, kept: true };
}

/** Phone as written, normalised to E.164 (+84…) when it is a Vietnamese mobile or landline. */
export function checkPhone(raw: string): CellCheck {
  const trimmed = raw.trim();
  if (trimmed === '') return { kind: 'ok', value: '' };
  if (SCIENTIFIC.test(trimmed)) return { kind: 'error', value: trimmed, problem: { code: 'phoneScientific', value: trimmed } };
  const phone = parsePhone(trimmed);
  if (phone) return { kind: 'ok', value: phone.value };
  const digits = taxDigits(trimmed).replace(/[()]/g, '');
  if (/^(3\d|5[1-9]|7[06-9]|8[1-9]|9\d)\d{7}$/.test(digits)) return { kind: 'warning', value: trimmed, problem: { code: 'phoneLostZero', value: trimmed, digits }, kept: true };
  return { kind: 'warning', value: trimmed, problem: { code: 'phoneKept', value: trimmed }, kept: true };
}
