// Issue 6 figures: import (CSV, XLSX) through the app's worker against the naive
// one-row-per-record Dexie design, export, backup and restore at 100,000 rows.
// BENCH_DATA_ROWS=5000 for a quick smoke run; BENCH_DATA_ONLY=csv for the CSV import figure alone.
import { HEADER, makeRow } from '../scripts/fixture-rows.mjs';

const ROWS = Number(process.env.BENCH_DATA_ROWS ?? 100_000);

async function xlsxBase64(rows) {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('DS');
  ws.addRow(HEADER);
  for (let i = 0; i < rows; i++) ws.addRow(makeRow(i));
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

export async function run({ browser, benchURL }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(`${benchURL}/`);
  await page.waitForFunction(() => window.benchReady === true);
  const call = (name, ...args) => page.evaluate(([n, a]) => window.bench[n](...a), [name, args]);

  const csv = await call('benchImportCsv', ROWS);
  console.log('  csv import', csv);
  if (process.env.BENCH_DATA_ONLY === 'csv') {
    await context.close();
    return { import_csv_100k_ms: csv.ms, import_csv_100k_preview_ms: csv.previewMs, import_csv_100k_max_block_ms: csv.maxBlockMs };
  }
  const xlsx = await call('benchImportXlsx', await xlsxBase64(ROWS));
  console.log('  xlsx import', xlsx);
  const naive = await call('benchNaiveCsv', ROWS);
  console.log('  naive import', naive);
  const ebr = await call('benchExportBackupRestore', ROWS);
  console.log('  export/backup/restore', ebr);
  await context.close();
  if (csv.committed !== ROWS || xlsx.committed !== ROWS || ebr.restored !== ROWS) throw new Error('bench: not every row arrived');
  return {
    import_csv_100k_ms: csv.ms,
    import_csv_100k_preview_ms: csv.previewMs,
    import_csv_100k_max_block_ms: csv.maxBlockMs,
    import_xlsx_100k_ms: xlsx.ms,
    import_xlsx_100k_preview_ms: xlsx.previewMs,
    import_xlsx_100k_max_block_ms: xlsx.maxBlockMs,
    import_naive_100k_ms: naive.ms,
    import_ratio_vs_naive_100k: Number((csv.ms / naive.ms).toFixed(3)),
    export_xlsx_100k_ms: ebr.exportMs,
    export_xlsx_100k_bytes: ebr.xlsxBytes,
    backup_100k_ms: ebr.backupMs,
    backup_100k_bytes: ebr.backupBytes,
    restore_100k_ms: ebr.restoreMs,
  };
}
