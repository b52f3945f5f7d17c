/// <reference lib="webworker" />
import { openWorkerRegistry } from '../worker-root';
import type { FromWorker, ToWorker } from './import-protocol';
import { createImportWorkerCore } from './import-worker-core';

/**
 * Reads, checks and writes an import file off the page's thread: decoding, CSV
 * or XLSX parsing (the sheet's XML streamed row by row), the per-row checks and the
 * chunked commit. The page's registry learns of each chunk over the
 * repository's BroadcastChannel, as it does of another tab's writes.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

const handle = createImportWorkerCore((message: FromWorker) => scope.postMessage(message), openWorkerRegistry);
scope.onmessage = (e: MessageEvent<ToWorker>) => handle(e.data);
