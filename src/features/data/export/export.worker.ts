/// <reference lib="webworker" />
import type { ExportSheet } from '../../../domain/export/table';
import { newWorkbook } from '../../../formats/workbook';
import { toCsv, toXlsx } from '../../../formats/write';

/** Writes export files off the page's thread; exceljs is loaded only for .xlsx. */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (e: MessageEvent<{ format: 'xlsx' | 'csv'; sheets: ExportSheet[] }>) => {
  try {
    const bytes =
      e.data.format === 'csv' ? toCsv(e.data.sheets[0]!) : await toXlsx(e.data.sheets, await newWorkbook());
    scope.postMessage({ ok: true, bytes }, [bytes.buffer]);
  } catch (error) {
    scope.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
