import type { GroupKind } from '../../../domain/import/communes';
import type { ColumnMapping } from '../../../domain/import/fields';
import type { DuplicateChoice, FieldChange, MatchedBy } from '../../../domain/import/plan';
import type { RowIssue } from '../../../domain/import/rows';
import type { SyncPoint } from '../../../storage/chunk-sync';

/** A file row that matches a record already in the registry and would change it. */
export interface DuplicateRow {
  line: number;
  name: string;
  by: MatchedBy;
  existingId: string;
  existingName: string;
  changes: FieldChange[];
}

/** A commune offered in the preview: its code and full name (with the province when the list's province is unknown). */
export interface CommuneOption {
  code: string;
  name: string;
}

/** Rows with the same commune text that need one choice. */
export interface CommuneGroupView {
  key: string;
  commune: string;
  district: string;
  kind: GroupKind;
  rows: number;
  candidates: CommuneOption[];
}

export interface ImportPreview {
  total: number;
  importable: number;
  rejected: number;
  warnings: number;
  duplicates: number;
  /** Duplicates whose values are already in the registry: nothing to update. */
  unchanged: number;
  issues: RowIssue[];
  /** Duplicates that would change their record, for a choice per row (the first MAX_LISTED_DUPLICATES). */
  listed: DuplicateRow[];
  /** The province the communes were matched in ('' if unknown) and whether it was inferred from the file. */
  province: { code: string; inferred: boolean };
  provinces: CommuneOption[];
  communeGroups: CommuneGroupView[];
  /** Groups not listed (beyond the first MAX_LISTED_GROUPS). */
  unlistedGroups: number;
}

export interface ImportResult {
  batchId: string;
  state: 'done' | 'cancelled' | 'failed';
  added: number;
  updated: number;
  skipped: number;
  unchanged: number;
}

/** Messages between the import page and import.worker.ts, which reads, checks and writes the file. */
export type ToWorker =
  | { type: 'read'; file: File; dbName: string }
  | {
      type: 'build';
      mapping: ColumnMapping;
      /** From Settings or chosen in the preview; '' to infer it from the file. */
      provinceCode: string;
      defaultCommuneCode: string;
      communeChoices: [key: string, code: string][];
    }
  | { type: 'commit'; fileName: string; choice: DuplicateChoice; overrides: [line: number, choice: DuplicateChoice][]; by: string }
  | { type: 'cancel' };

export type FromWorker =
  | { type: 'stage'; stage: 'reading' | 'parsing' | 'checking' }
  | { type: 'error'; message: string }
  | { type: 'analysed'; headers: string[]; mapping: ColumnMapping; dataRows: number; encoding: string; delimiter: string }
  | { type: 'built'; preview: ImportPreview }
  | { type: 'progress'; done: number; total: number }
  /** `sync`: the page shows the result once its registry has taken in every chunk written. */
  | { type: 'finished'; result: ImportResult; message: string | null; sync: SyncPoint };
