import type { ParsedBackup } from '../../../domain/backup/parse';

/** Reads and checks a backup file in backup-read.worker.ts; null when the worker died (e.g. out of memory). */
export function readBackupFile(file: File, now: number): Promise<ParsedBackup | null> {
  const worker = new Worker(new URL('./backup-read.worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve) => {
    worker.onmessage = (e: MessageEvent<ParsedBackup>) => {
      worker.terminate();
      resolve(e.data);
    };
    worker.onerror = () => {
      worker.terminate();
      resolve(null);
    };
    worker.postMessage({ file, now });
  });
}
