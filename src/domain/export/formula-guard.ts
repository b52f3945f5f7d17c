/**
 * CSV formula injection (OWASP ASVS 1.2.10): text a spreadsheet would read as
 * a formula when it opens a CSV gets a leading ', and the importer strips it
 * again. Besides = + - @ tab CR NUL, the full-width and small forms (＝ ＋ － ＠,
 * ﹦ ﹢ ﹣ ﹫) are guarded: East Asian Excel input folds them to ASCII.
 */
const TRIGGERS = '=+\\-@\\t\\r\\0\\uFF1D\\uFF0B\\uFF0D\\uFF20\\uFE66\\uFE62\\uFE63\\uFE6B';

/** Text that starts like a formula, possibly behind apostrophes the user typed. */
const FORMULA_LIKE = new RegExp(`^'*[${TRIGGERS}]`);

/** Text that carries a guard: apostrophes, then a formula character. */
const GUARDED = new RegExp(`^'+[${TRIGGERS}]`);

/**
 * A CSV cell: formula-like text gets one more ' (so text that already starts
 * with ' round-trips exactly). A plain code (digits and dashes) in a code
 * column is left as it is, so tax codes and phones stay usable.
 */
export function guardCsvCell(value: string, isCode: boolean): string {
  if (isCode && /^\d[\d-]*$/.test(value)) return value;
  return FORMULA_LIKE.test(value) ? `'${value}` : value;
}

/**
 * An .xlsx string cell is never a formula (Excel and LibreOffice show "=1+1"
 * as text), so it needs no guard. Only text that would look guarded gets one
 * more ', because the importer strips one from such text.
 */
export function guardXlsxText(value: string): string {
  return GUARDED.test(value) ? `'${value}` : value;
}

/** Undoes either guard on import: "'=SUM(A1)" → "=SUM(A1)"; a lone "'quote" stays. */
export function stripFormulaGuard(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}
