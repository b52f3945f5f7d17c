/// <reference lib="webworker" />
import type { ExportSheet } from '../../../domain/export/table';
import { toCsv } from '../../../formats/write';
import { toXlsx } from '../../../formats/xlsx-write';

/** Writes export files off the page's thread. */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = (e: MessageEvent<{ format: 'xlsx' | 'csv'; sheets: ExportSheet[] }>) => {
  try {
    const bytes = e.data.format === 'csv' ? toCsv(e.data.sheets[0]!) : toXlsx(e.data.sheets);
    scope.postMessage({ ok: true, bytes }, [bytes.buffer]);
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
