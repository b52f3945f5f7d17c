import { AdminUnits, type AdminUnitsData } from '../../../domain/admin-units';
import { analyseTable } from '../../../domain/import/analyse';
import { mentionsDistricts } from '../../../domain/import/communes';
import type { ColumnMapping } from '../../../domain/import/fields';
import type { HeaderInfo } from '../../../domain/import/header';
import { DuplicateIndex } from '../../../domain/import/plan';
import { buildRows, type ImportRow } from '../../../domain/import/rows';
import { OldUnits, type OldUnitsData } from '../../../domain/old-units';
import { readTableFromFile } from '../../../formats/read-file';
import { dataText } from '../../../i18n/data';
import { importCodeText } from '../../../i18n/import-codes';
import { fileProblemText } from '../../../i18n/import-problems';
import type { WorkerRegistry } from '../worker-root';
import { commitImport } from './import-commit';
import { buildPreview } from './import-preview';
import type { FromWorker, ToWorker } from './import-protocol';

/** Opens the registry in the worker (`openWorkerRegistry` from the worker root; tests pass their own). */
export type OpenRegistry = (dbName: string) => Promise<WorkerRegistry>;

/**
 * What import.worker.ts does, apart from being a worker (so tests can run it in
 * Node): keeps the table between messages so a changed column mapping re-checks
 * without re-reading the file, then writes the checked rows.
 */
const loadOldUnits = () => import('../../../generated/old-units.json').then((m) => new OldUnits(m.default as unknown as OldUnitsData));

export function createImportWorkerCore(post: (message: FromWorker) => void, openRegistry: OpenRegistry) {
  let table: string[][] = [];
  let formulaCells: Set<string> | undefined;
  let header: HeaderInfo | null = null;
  let rows: ImportRow[] = [];
  let units: Promise<AdminUnits> | null = null;
  let oldUnits: Promise<OldUnits> | null = null;
  let registry: Promise<WorkerRegistry> | null = null;
  let cancelled = false;

  async function read(file: File, dbName: string): Promise<void> {
    // The registry loads while the file is parsed.
    registry ??= openRegistry(dbName);
    post({ type: 'stage', stage: 'reading' });
    const bytes = new Uint8Array(await file.arrayBuffer());
    post({ type: 'stage', stage: 'parsing' });
    const result = readTableFromFile(file.name, bytes);
    if (!result.ok) return post({ type: 'error', message: fileProblemText(result.problem) });
    const analysis = analyseTable(result.table);
    if (!analysis.ok) return post({ type: 'error', message: fileProblemText(analysis.problem) });
    table = result.table;
    formulaCells = result.formulaCells;
    header = analysis.header;
    post({ type: 'analysed', headers: header.headers, mapping: header.mapping, dataRows: analysis.dataRows, encoding: result.encoding, delimiter: result.delimiter });
  }

  async function build(message: Extract<ToWorker, { type: 'build' }>): Promise<void> {
    if (!header || !registry) return;
    post({ type: 'stage', stage: 'checking' });
    units ??= import('../../../generated/admin-units.json').then((m) => new AdminUnits(m.default as unknown as AdminUnitsData));
    const communes = await units;
    let old: OldUnits | undefined;
    if (listsOldUnits(message.mapping, communes)) {
      oldUnits ??= loadOldUnits();
      old = await oldUnits;
    }
    const built = buildRows(table, header.dataStart, header.headers, message.mapping, {
      units: communes,
      provinceCode: message.provinceCode,
      old,
      communeChoices: new Map(message.communeChoices),
      defaultCommuneCode: message.defaultCommuneCode,
      formulaCells,
      keptReason: importCodeText.keptReason,
    });
    rows = built.rows;
    const index = new DuplicateIndex((await registry).organisations.all());
    post({ type: 'built', preview: buildPreview(built, index, communes) });
  }

  /** Only a list with pre-reform districts (a column, or in its addresses) needs the old → new table, a lazy chunk of its own. */
  function listsOldUnits(mapping: ColumnMapping, communes: AdminUnits): boolean {
    if (mapping.commune === undefined || !header) return false;
    if (mapping.district !== undefined) return true;
    const column = mapping.address;
    const start = header.dataStart;
    function* addresses() {
      for (let r = start; r < table.length; r++) yield table[r]![column!] ?? '';
    }
    return column !== undefined && mentionsDistricts(addresses(), communes);
  }

  async function commit(message: Extract<ToWorker, { type: 'commit' }>): Promise<void> {
    if (!registry) return;
    const { organisations, imports } = await registry;
    cancelled = false;
    const { result, message: failure } = await commitImport(
      rows,
      { fileName: message.fileName, choice: message.choice, overrides: new Map(message.overrides), by: message.by },
      { organisations, imports, isCancelled: () => cancelled, onProgress: (done, total) => post({ type: 'progress', done, total }) },
    );
    post({ type: 'finished', result, message: failure, sync: organisations.syncPoint });
  }

  function run(message: ToWorker): Promise<void> {
    switch (message.type) {
      case 'read':
        return read(message.file, message.dbName);
      case 'build':
        return build(message);
      case 'commit':
        return commit(message);
      case 'cancel':
        cancelled = true;
        return Promise.resolve();
    }
  }

  return function handle(message: ToWorker): void {
    run(message).catch((error: unknown) => {
      console.error(error);
      post({ type: 'error', message: dataText.import.readFailed });
    });
  };
}
