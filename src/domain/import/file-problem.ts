/**
 * Why a whole file is refused before any row is read. Each is worded in
 * `i18n/import-problems.ts`; nothing has been saved when one is returned.
 */
export type FileProblem =
  | { code: 'empty' }
  | { code: 'binary' }
  | { code: 'legacyFont' }
  | { code: 'legacyXls'; file: string }
  | { code: 'notXlsx' }
  | { code: 'zipBomb' }
  | { code: 'noSheetData' }
  | { code: 'tooLarge'; bytes: number; maxBytes: number }
  | { code: 'noHeader' }
  | { code: 'tooManyRows'; rows: number; maxRows: number };

export type FileRefusal = { ok: false; problem: FileProblem };
