import type { LimitedField } from '../text-limits';

/** A record named in a problem: the user knows it by its name, support by its id. */
export interface RecordRef {
  id: string;
  name: string;
}

/** Where in the file or record a value is wrong: object keys and list positions (0-based). */
export type FieldPath = (string | number)[];

/**
 * Why a backup or teammate's file is refused, as codes with what the message
 * needs; src/i18n/data.ts words them. Every refusal refuses the whole file.
 */
export type BackupProblem =
  | { code: 'not-backup' }
  | { code: 'too-large'; maxBytes: number }
  | { code: 'newer-version'; version: number }
  | { code: 'damaged'; path: FieldPath }
  | { code: 'invalid-organisation'; index: number; id: string | null; name: string | null; path: FieldPath }
  | { code: 'invalid-visit'; index: number; path: FieldPath }
  | { code: 'duplicate-id'; id: string; names: [string, string] }
  | { code: 'duplicate-visit-id'; id: string }
  | { code: 'alias-target-missing'; record: RecordRef; target: string }
  | { code: 'alias-chain'; record: RecordRef; target: RecordRef }
  | { code: 'alias-cycle'; records: RecordRef[] }
  | { code: 'text-too-long'; record: RecordRef; field: LimitedField; max: number; length: number }
  | { code: 'created-in-future'; createdAt: number };
