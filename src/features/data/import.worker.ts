/// <reference lib="webworker" />
import type { FromWorker, ToWorker } from './import-protocol';
import { createImportWorkerCore } from './import-worker-core';

/**
 * Reads and checks an import file off the page's thread: decoding, CSV or XLSX
 * parsing (exceljs is loaded only for .xlsx) and the per-row checks.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createImportWorkerCore((message: FromWorker) => scope.postMessage(message));
scope.onmessage = (e: MessageEvent<ToWorker>) => handle(e.data);
