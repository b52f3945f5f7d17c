/// <reference lib="webworker" />
import { backupText } from '../../../domain/backup/compress';
import { type ParsedBackup, parseBackup } from '../../../domain/backup/parse';

/**
 * Reads a backup or teammate's file off the page's thread: inflating (capped
 * while streaming, so a gzip bomb stops early), JSON parsing and validation of
 * every record take seconds on a big file, and the page must stay responsive.
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (e: MessageEvent<{ file: File; now: number }>) => {
  const text = await backupText(e.data.file);
  const result: ParsedBackup = text.ok ? parseBackup(text.text, e.data.now) : text;
  scope.postMessage(result);
};
