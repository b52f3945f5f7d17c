import type { ColumnMapping } from '../../domain/import/fields';
import type { ImportRow, RowIssue } from '../../domain/import/rows';

/** Messages between the import page and import.worker.ts. */
export type ToWorker =
  | { type: 'read'; file: File }
  | { type: 'build'; mapping: ColumnMapping; provinceCode: string; defaultCommuneCode: string };

export type FromWorker =
  | { type: 'stage'; stage: 'reading' | 'parsing' | 'checking' }
  | { type: 'error'; message: string }
  | { type: 'analysed'; headers: string[]; mapping: ColumnMapping; dataRows: number; encoding: string; delimiter: string }
  /** Rows arrive in slices so no single message blocks the page while it is unpacked. */
  | { type: 'rows'; rows: ImportRow[] }
  | { type: 'built'; issues: RowIssue[]; total: number; rejected: number };
