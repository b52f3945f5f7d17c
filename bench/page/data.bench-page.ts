// In-page figures for issue 6 (import, export, backup, restore), built from the app's own modules.
import { signal } from '@preact/signals';
import Dexie from 'dexie';
import Papa from 'papaparse';
import { csvLine, HEADER, makeRow } from '../../scripts/fixture-rows.mjs';
import { createDataLossModel } from '../../src/app/models/data-loss-model';
import type { SettingsModel } from '../../src/app/models/settings-model';
import { AdminUnits, type AdminUnitsData } from '../../src/domain/admin-units';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import { createBackupModel } from '../../src/features/data/backup/backup-model';
import { createExportModel } from '../../src/features/data/export/export-model';
import { createImportModel } from '../../src/features/data/import/import-model';
import { BackupRepository } from '../../src/storage/backup-repository';
import { EidDatabase } from '../../src/storage/db';
import { ImportRepository } from '../../src/storage/import-repository';
import { OrganisationRepository } from '../../src/storage/organisation-repository';
import { WriteGuard } from '../../src/storage/write-guard';

let n = 0;
function fresh() {
  const db = new EidDatabase(`bench-data-${Date.now()}-${n++}`);
  const organisations = new OrganisationRepository(db, new WriteGuard());
  const settings = { settings: signal(DEFAULT_SETTINGS), load: async () => undefined } as unknown as SettingsModel;
  return { db, organisations, settings, imports: new ImportRepository(db, organisations), backups: new BackupRepository(db, organisations) };
}

/**
 * Ends a run's registry: its ChunkSync channel stays open (and keeps its 100,000
 * records alive) until closed, so without this each run left its records on the
 * heap and made the next runs' garbage collections, and so their longest blocks, longer.
 */
function release(deps: ReturnType<typeof fresh>): void {
  deps.organisations.close();
  deps.db.close();
}

function csvFile(rows: number): File {
  const lines = [csvLine(HEADER)];
  for (let i = 0; i < rows; i++) lines.push(csvLine(makeRow(i)));
  return new File([`\uFEFF${lines.join('\r\n')}\r\n`], 'ds.csv', { type: 'text/csv' });
}


/** Longest gap between 10 ms timer ticks while `work` runs: how long the page was unresponsive. */
async function withBlockMeter<T>(work: () => Promise<T>): Promise<{ result: T; maxBlockMs: number }> {
  let last = performance.now();
  let maxBlockMs = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    maxBlockMs = Math.max(maxBlockMs, now - last - 10);
    last = now;
  }, 10);
  try {
    return { result: await work(), maxBlockMs: Math.round(maxBlockMs) };
  } finally {
    clearInterval(timer);
  }
}

function until(check: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const t = setInterval(() => {
      if (!check()) return;
      clearInterval(t);
      resolve();
    }, 5);
  });
}

/** File picked → committed, through the app's worker and chunked batch commit. */
async function importThroughApp(file: File) {
  const deps = fresh();
  const model = createImportModel(deps);
  let previewMs = 0;
  const { result, maxBlockMs } = await withBlockMeter(async () => {
    const start = performance.now();
    model.pick(file);
    await until(() => model.phase.value === 'preview' || model.phase.value === 'error');
    if (model.phase.value === 'error') throw new Error(model.error.value ?? 'import error');
    previewMs = performance.now() - start;
    model.commit();
    await until(() => model.phase.value === 'done');
    if (model.result.value?.state !== 'done') throw new Error(model.error.value ?? 'import failed');
    return performance.now() - start;
  });
  const committed = deps.organisations.all().length;
  return { ms: Math.round(result), previewMs: Math.round(previewMs), maxBlockMs, committed, deps };
}

export async function benchImportCsv(rows: number) {
  const { deps, ...figures } = await importThroughApp(csvFile(rows));
  release(deps);
  return figures;
}

/** The workbook is made in Node (bench/data.bench.mjs) so its garbage does not land in this page's measurement. */
export async function benchImportXlsx(base64: string) {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const file = new File([bytes], 'ds.xlsx');
  const { deps, ...figures } = await importThroughApp(file);
  release(deps);
  return figures;
}

/** The naive design of PERF-NOTES: parse on the page, one IndexedDB row per record with secondary indexes. */
export async function benchNaiveCsv(rows: number) {
  const file = csvFile(rows);
  const db = new Dexie(`bench-naive-${Date.now()}`);
  db.version(1).stores({ orgs: 'id, taxCode, name, communeCode, status, updatedAt' });
  const start = performance.now();
  const parsed = Papa.parse<string[]>(await file.text(), { skipEmptyLines: 'greedy' });
  const now = Date.now();
  const records = parsed.data.slice(1).map((r, i) => ({ id: `n${i}`, taxCode: r[2], name: r[1], address: r[3], communeCode: r[4], representativeName: r[5], representativePhone: r[6], status: 'not_contacted', updatedAt: now }));
  await db.table('orgs').bulkPut(records);
  const ms = performance.now() - start;
  await db.delete();
  return { ms: Math.round(ms) };
}

/** Export, backup and restore of a 100k registry built by an import. */
export async function benchExportBackupRestore(rows: number) {
  const { deps } = await importThroughApp(csvFile(rows));
  const units = new AdminUnits((await import('../../src/generated/admin-units.json')).default as unknown as AdminUnitsData);
  const model = createBackupModel({ ...deps, dataLoss: createDataLossModel(deps.organisations), documents: { reload: async () => {} } });
  const exports = createExportModel({ ...deps, visits: { all: async () => [] }, loadAdminUnits: async () => units });

  let start = performance.now();
  const made = await exports.exportFile('organisations', 'xlsx');
  if (!made.ok) throw new Error(made.message);
  const xlsx = made.value;
  const exportMs = performance.now() - start;

  start = performance.now();
  const file = await model.backupFile();
  if (!file.ok) throw new Error(file.message);
  const { blob, createdAt } = file.value;
  await model.recordBackup(createdAt);
  const backupMs = performance.now() - start;

  const target = fresh();
  start = performance.now();
  const parsed = await model.read(new File([blob], 'sao-luu.json.gz'));
  if (!parsed.ok) throw new Error(parsed.message);
  await target.backups.restoreReplace(parsed.value);
  const restoreMs = performance.now() - start;
  const restored = target.organisations.all().length;
  release(deps);
  release(target);
  return { exportMs: Math.round(exportMs), xlsxBytes: xlsx.size, backupMs: Math.round(backupMs), backupBytes: blob.size, restoreMs: Math.round(restoreMs), restored };
}
