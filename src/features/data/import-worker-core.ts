import { AdminUnits, type AdminUnitsData } from '../../domain/admin-units';
import { analyseTable } from '../../domain/import/analyse';
import type { HeaderInfo } from '../../domain/import/header';
import { readTableFromFile } from '../../domain/import/read-file';
import { buildRows } from '../../domain/import/rows';
import type { FromWorker, ToWorker } from './import-protocol';

const SLICE = 10_000;

/**
 * What import.worker.ts does, apart from being a worker (so tests can run it in
 * Node): keeps the table between messages so a changed column mapping re-checks
 * without re-reading the file.
 */
export function createImportWorkerCore(post: (message: FromWorker) => void) {
  let table: string[][] = [];
  let formulaCells: Set<string> | undefined;
  let header: HeaderInfo | null = null;
  let units: Promise<AdminUnits> | null = null;

  async function read(file: File): Promise<void> {
    post({ type: 'stage', stage: 'reading' });
    const bytes = new Uint8Array(await file.arrayBuffer());
    post({ type: 'stage', stage: 'parsing' });
    const result = await readTableFromFile(file.name, bytes, async () => new (await import('exceljs')).Workbook());
    if (!result.ok) return post({ type: 'error', message: result.message });
    const analysis = analyseTable(result.table);
    if (!analysis.ok) return post({ type: 'error', message: analysis.message });
    table = result.table;
    formulaCells = result.formulaCells;
    header = analysis.header;
    post({ type: 'analysed', headers: header.headers, mapping: header.mapping, dataRows: analysis.dataRows, encoding: result.encoding, delimiter: result.delimiter });
  }

  async function build(message: Extract<ToWorker, { type: 'build' }>): Promise<void> {
    if (!header) return;
    post({ type: 'stage', stage: 'checking' });
    units ??= import('../../generated/admin-units.json').then((m) => new AdminUnits(m.default as unknown as AdminUnitsData));
    const built = buildRows(table, header.dataStart, header.headers, message.mapping, {
      units: await units,
      provinceCode: message.provinceCode,
      defaultCommuneCode: message.defaultCommuneCode,
      formulaCells,
    });
    for (let i = 0; i < built.rows.length; i += SLICE) post({ type: 'rows', rows: built.rows.slice(i, i + SLICE) });
    post({ type: 'built', issues: built.issues, total: built.total, rejected: built.rejected });
  }

  return function handle(message: ToWorker): void {
    const work = message.type === 'read' ? read(message.file) : build(message);
    work.catch((error: unknown) => {
      console.error(error);
      post({ type: 'error', message: `Không đọc được tệp: ${error instanceof Error ? error.message : String(error)}. Chưa có gì được lưu.` });
    });
  };
}
