import type { TaxCodeProblem } from '../tax-code';

/** What the import found wrong with a tax code or phone cell (see code-cells.ts). */
export type CodeProblem =
  | { code: 'taxScientific'; value: string }
  | { code: 'taxTooLong'; value: string }
  | { code: 'taxLostZero'; value: string }
  | { code: 'taxKept'; value: string; problem: TaxCodeProblem | 'formatHousehold' }
  | { code: 'personalLeftOut'; value: string; problem: TaxCodeProblem | null }
  | { code: 'phoneScientific'; value: string }
  | { code: 'phoneLostZero'; value: string; digits: string }
  | { code: 'phoneKept'; value: string };

/** What the import says about one row; worded, with the row number in front, in `i18n/import-problems.ts`. */
export type RowProblem =
  | CodeProblem
  | { code: 'formulaCell'; shown: string }
  | { code: 'nameMissing' }
  | { code: 'tooLong'; length: number; max: number }
  | { code: 'communeUnmatched'; commune: string }
  | { code: 'duplicateTaxCode'; taxCode: string; firstLine: number };
