import { signal } from '@preact/signals';
import { describeSaveError } from '../../app/models/describe-error';
import type { SettingsModel } from '../../app/models/settings-model';
import type { ColumnMapping, ImportField } from '../../domain/import/fields';
import { missingColumnsMessage } from '../../domain/import/analyse';
import { DuplicateIndex, type DuplicateChoice, planImport } from '../../domain/import/plan';
import type { ImportRow, RowIssue } from '../../domain/import/rows';
import { newId } from '../../domain/ids';
import type { ImportRepository } from '../../storage/import-repository';
import type { OrganisationRepository } from '../../storage/organisation-repository';
import { dataText as t } from '../../i18n/data';
import type { FromWorker, ToWorker } from './import-protocol';

export type ImportPhase = 'idle' | 'reading' | 'parsing' | 'checking' | 'preview' | 'committing' | 'done' | 'error';

export interface ImportPreview {
  total: number;
  importable: number;
  rejected: number;
  warnings: number;
  duplicates: number;
  issues: RowIssue[];
}

export interface ImportResult {
  batchId: string;
  state: 'done' | 'cancelled' | 'failed';
  added: number;
  updated: number;
  skipped: number;
}

/** Records per transaction: large enough for speed (~150k rows/s in chunks), small enough to keep the page responsive. */
export const COMMIT_SLICE = 2500;

interface Deps {
  organisations: OrganisationRepository;
  imports: ImportRepository;
  settings: SettingsModel;
  createWorker?: () => Worker;
}

const defaultWorker = () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });

/** The import flow: file → worker (read, check) → preview → chunked commit as one undoable batch. */
export function createImportModel({ organisations, imports, settings, createWorker = defaultWorker }: Deps) {
  const phase = signal<ImportPhase>('idle');
  const fileName = signal('');
  const error = signal<string | null>(null);
  const headers = signal<string[]>([]);
  const mapping = signal<ColumnMapping>({});
  const format = signal('');
  const preview = signal<ImportPreview | null>(null);
  const choice = signal<DuplicateChoice>('update');
  const progress = signal({ done: 0, total: 0 });
  const result = signal<ImportResult | null>(null);
  let rows: ImportRow[] = [];
  let worker: Worker | null = null;
  let cancelRequested = false;

  function stopWorker(): void {
    worker?.terminate();
    worker = null;
  }

  function send(message: ToWorker): void {
    if (!worker) {
      worker = createWorker();
      worker.onmessage = (e: MessageEvent<FromWorker>) => receive(e.data);
      worker.onerror = () => fail(t.import.workerFailed);
    }
    worker.postMessage(message);
  }

  function fail(message: string): void {
    stopWorker();
    error.value = message;
    phase.value = 'error';
  }

  function rebuild(): void {
    rows = [];
    const missing = missingColumnsMessage(mapping.value);
    if (missing) {
      preview.value = null;
      error.value = missing;
      phase.value = 'preview';
      return;
    }
    error.value = null;
    const s = settings.settings.value;
    send({ type: 'build', mapping: mapping.value, provinceCode: s.provinceCode, defaultCommuneCode: s.communeCodes.length === 1 ? s.communeCodes[0]! : '' });
  }

  function receive(message: FromWorker): void {
    if (message.type === 'stage') phase.value = message.stage;
    else if (message.type === 'error') fail(message.message);
    else if (message.type === 'analysed') {
      headers.value = message.headers;
      mapping.value = message.mapping;
      format.value = message.encoding === 'xlsx' ? 'Excel (.xlsx)' : `CSV ${message.encoding}, ${t.import.delimiterName(message.delimiter)}`;
      rebuild();
    } else if (message.type === 'rows') rows.push(...message.rows);
    else {
      const index = new DuplicateIndex(organisations.all());
      const duplicates = rows.reduce((n, r) => n + (index.find(r) ? 1 : 0), 0);
      preview.value = {
        total: message.total,
        importable: rows.length,
        rejected: message.rejected,
        warnings: message.issues.filter((i) => i.level === 'warning').length,
        duplicates,
        issues: message.issues,
      };
      phase.value = 'preview';
    }
  }

  function pick(file: File): void {
    reset();
    fileName.value = file.name;
    phase.value = 'reading';
    send({ type: 'read', file });
  }

  function setColumn(field: ImportField, column: number | undefined): void {
    const next = { ...mapping.value };
    for (const [f, c] of Object.entries(next)) if (c === column && column !== undefined) delete next[f as ImportField];
    if (column === undefined) delete next[field];
    else next[field] = column;
    mapping.value = next;
    rebuild();
  }

  /**
   * Plans and writes slice by slice against one snapshot of the registry (the
   * same result as planning the whole file at once, since rows of one file are
   * matched against the registry only), so no step blocks the page for long.
   */
  async function commit(): Promise<void> {
    if (phase.value !== 'preview' || !preview.value) return;
    const batchId = newId();
    const now = Date.now();
    const ctx = { batchId, now, by: settings.settings.value.userName || t.import.defaultUser, newId };
    const index = new DuplicateIndex(organisations.all());
    const total: ImportResult = { batchId, state: 'done', added: 0, updated: 0, skipped: 0 };
    cancelRequested = false;
    progress.value = { done: 0, total: rows.length };
    phase.value = 'committing';
    try {
      await imports.begin(batchId, fileName.value, now);
      for (let seq = 0; seq * COMMIT_SLICE < rows.length; seq++) {
        if (cancelRequested) {
          total.state = 'cancelled';
          break;
        }
        const slice = rows.slice(seq * COMMIT_SLICE, (seq + 1) * COMMIT_SLICE);
        const plan = planImport(slice, index, choice.value, ctx);
        await imports.commitChunk(batchId, seq, plan.add, plan.update);
        total.added += plan.add.length;
        total.updated += plan.update.length;
        total.skipped += plan.skipped;
        progress.value = { done: seq * COMMIT_SLICE + slice.length, total: rows.length };
        // Let the page paint and take input between transactions.
        await new Promise((r) => setTimeout(r, 0));
      }
    } catch (e) {
      total.state = 'failed';
      error.value = describeSaveError(e);
    }
    await imports.finish(batchId, total.state, Date.now()).catch(() => undefined);
    result.value = total;
    phase.value = 'done';
    stopWorker();
  }

  /** Stops reading (the worker is ended) or stops committing after the current chunk. */
  function cancel(): void {
    if (phase.value === 'committing') cancelRequested = true;
    else reset();
  }

  function reset(): void {
    stopWorker();
    rows = [];
    phase.value = 'idle';
    error.value = null;
    preview.value = null;
    result.value = null;
    headers.value = [];
    mapping.value = {};
  }

  return { phase, fileName, error, headers, mapping, format, preview, choice, progress, result, pick, setColumn, commit, cancel, reset };
}

export type ImportModel = ReturnType<typeof createImportModel>;

const instances = new WeakMap<object, ImportModel>();

/**
 * One import flow per app instance, created on the data page's first visit (so
 * its code stays in the page's lazy chunk) and kept after leaving the page: an
 * import keeps running while the user looks elsewhere.
 */
export function importModelFor(deps: Deps): ImportModel {
  let model = instances.get(deps.organisations);
  if (!model) {
    model = createImportModel(deps);
    instances.set(deps.organisations, model);
  }
  return model;
}
