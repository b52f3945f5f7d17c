import type { ExportSheet } from '../../../domain/export/table';

/** Builds an export file in export.worker.ts, so a 100,000-row workbook never freezes the page. */
export function writeExportFile(format: 'xlsx' | 'csv', sheets: ExportSheet[]): Promise<Blob> {
  const worker = new Worker(new URL('./export.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Blob>((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<{ ok: true; bytes: Uint8Array } | { ok: false; message: string }>) => {
      worker.terminate();
      if (!e.data.ok) return reject(new Error(e.data.message));
      const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
      resolve(new Blob([e.data.bytes as BlobPart], { type }));
    };
    worker.onerror = () => {
      worker.terminate();
      reject(new Error('worker'));
    };
    worker.postMessage({ format, sheets });
  });
}
