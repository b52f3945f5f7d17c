import { computed, type ReadonlySignal, signal } from '@preact/signals';
import { lacksRequiredColumn } from '../../../domain/import/analyse';
import type { ColumnMapping, ImportField } from '../../../domain/import/fields';
import type { DuplicateChoice } from '../../../domain/import/plan';
import { failed, type Outcome, succeeded } from '../../../domain/outcome';
import type { Settings } from '../../../domain/settings';
import { dataText as t } from '../../../i18n/data';
import { missingNameColumnText } from '../../../i18n/import-problems';
import type { OrganisationRepository } from '../../../storage/organisation-repository';
import type { FromWorker, ImportPreview, ImportResult, ToWorker } from './import-protocol';

export type ImportPhase = 'idle' | 'reading' | 'parsing' | 'checking' | 'preview' | 'committing' | 'done' | 'error';

export interface ImportDeps {
  organisations: OrganisationRepository;
  settings: { settings: ReadonlySignal<Settings> };
  createWorker?: () => Worker;
}

const defaultWorker = () => new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });

/**
 * The import flow as the page sees it: file → worker (read, check, match) →
 * preview with choices → the worker writes one undoable batch. The page holds
 * no rows, so a 100,000-row file never crosses into it.
 */
export function createImportModel({ organisations, settings, createWorker = defaultWorker }: ImportDeps) {
  const phase = signal<ImportPhase>('idle');
  const fileName = signal('');
  const error = signal<string | null>(null);
  const headers = signal<string[]>([]);
  const mapping = signal<ColumnMapping>({});
  const format = signal('');
  const preview = signal<ImportPreview | null>(null);
  const choice = signal<DuplicateChoice>('update');
  /** Per file line: a choice that differs from `choice`. */
  const overrides = signal<ReadonlyMap<number, DuplicateChoice>>(new Map());
  /** The list's province chosen in the preview; '' to use Settings, or else infer it from the file. */
  const province = signal('');
  /** Per commune group: the commune chosen for all its rows, '' to leave them blank. */
  const communeChoices = signal<ReadonlyMap<string, string>>(new Map());
  const progress = signal({ done: 0, total: 0 });
  const result = signal<ImportResult | null>(null);
  /** How the last import ended: its counts (also when cancelled), or why it stopped. */
  const outcome = computed<Outcome<ImportResult> | null>(() => {
    const r = result.value;
    if (!r) return null;
    return r.state === 'failed' ? failed(`${t.import.failed} ${error.value ?? ''}`) : succeeded(r);
  });
  let worker: Worker | null = null;

  function stopWorker(): void {
    worker?.terminate();
    worker = null;
  }

  function send(message: ToWorker): void {
    if (!worker) {
      worker = createWorker();
      worker.onmessage = (e: MessageEvent<FromWorker>) => void receive(e.data);
      worker.onerror = () => fail(phase.value === 'committing' ? t.import.workerStoppedSaving : t.import.workerFailed);
    }
    worker.postMessage(message);
  }

  function fail(message: string): void {
    stopWorker();
    error.value = message;
    phase.value = 'error';
  }

  function rebuild(): void {
    if (lacksRequiredColumn(mapping.value)) {
      preview.value = null;
      error.value = missingNameColumnText;
      phase.value = 'preview';
      return;
    }
    error.value = null;
    const s = settings.settings.value;
    send({
      type: 'build',
      mapping: mapping.value,
      provinceCode: province.value || s.provinceCode,
      defaultCommuneCode: s.communeCodes.length === 1 ? s.communeCodes[0]! : '',
      communeChoices: [...communeChoices.value],
    });
  }

  async function receive(message: FromWorker): Promise<void> {
    switch (message.type) {
      case 'stage':
        phase.value = message.stage;
        break;
      case 'error':
        fail(message.message);
        break;
      case 'analysed':
        headers.value = message.headers;
        mapping.value = message.mapping;
        format.value = message.encoding === 'xlsx' ? 'Excel (.xlsx)' : `CSV ${message.encoding}, ${t.import.delimiterName(message.delimiter)}`;
        rebuild();
        break;
      case 'built':
        preview.value = message.preview;
        overrides.value = new Map();
        phase.value = 'preview';
        break;
      case 'progress':
        progress.value = { done: message.done, total: message.total };
        break;
      case 'finished':
        stopWorker();
        await organisations.caughtUp(message.sync);
        error.value = message.message;
        result.value = message.result;
        phase.value = 'done';
        break;
    }
  }

  function pick(file: File): void {
    reset();
    fileName.value = file.name;
    phase.value = 'reading';
    send({ type: 'read', file, dbName: organisations.databaseName });
  }

  function setColumn(field: ImportField, column: number | undefined): void {
    const next = { ...mapping.value };
    for (const [f, c] of Object.entries(next)) if (c === column && column !== undefined) delete next[f as ImportField];
    if (column === undefined) delete next[field];
    else next[field] = column;
    mapping.value = next;
    rebuild();
  }

  /** Another province re-matches every row; choices made for the old one no longer apply. */
  function chooseProvince(code: string): void {
    province.value = code;
    communeChoices.value = new Map();
    rebuild();
  }

  /** One commune for every row of a group (null: back to undecided). */
  function chooseCommune(key: string, code: string | null): void {
    const next = new Map(communeChoices.value);
    if (code === null) next.delete(key);
    else next.set(key, code);
    communeChoices.value = next;
    rebuild();
  }

  /** A choice for one listed duplicate; choosing what applies to all anyway clears the override. */
  function chooseFor(line: number, value: DuplicateChoice | null): void {
    const next = new Map(overrides.value);
    if (value === null || value === choice.value) next.delete(line);
    else next.set(line, value);
    overrides.value = next;
  }

  function commit(): void {
    if (phase.value !== 'preview' || !preview.value) return;
    progress.value = { done: 0, total: preview.value.importable };
    phase.value = 'committing';
    send({
      type: 'commit',
      fileName: fileName.value,
      choice: choice.value,
      overrides: [...overrides.value],
      by: settings.settings.value.userName || t.import.defaultUser,
    });
  }

  /** Stops reading (the worker is ended) or stops writing after the current chunk. */
  function cancel(): void {
    if (phase.value === 'committing') send({ type: 'cancel' });
    else reset();
  }

  function reset(): void {
    stopWorker();
    phase.value = 'idle';
    error.value = null;
    preview.value = null;
    result.value = null;
    headers.value = [];
    mapping.value = {};
    overrides.value = new Map();
    province.value = '';
    communeChoices.value = new Map();
  }

  return {
    phase,
    fileName,
    error,
    headers,
    mapping,
    format,
    preview,
    choice,
    overrides,
    province,
    communeChoices,
    progress,
    result,
    outcome,
    pick,
    setColumn,
    chooseProvince,
    chooseCommune,
    chooseFor,
    commit,
    cancel,
    reset,
  };
}

export type ImportModel = ReturnType<typeof createImportModel>;
