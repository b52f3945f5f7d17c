import type { BackupProblem } from './problems';

/**
 * Backup files are gzip-compressed JSON: 100,000 records are ~59 MB as text
 * and a fraction of that compressed, which matters when the file travels over
 * Zalo on a mobile connection. Plain JSON is still accepted on the way in.
 * The text is capped (200,000 records are ~120 MB) against gzip bombs and
 * padded files: the cap is counted while inflating, so a bomb stops at the cap
 * instead of filling memory. Callers run this in a worker (backup-read.worker.ts).
 */
export const MAX_BACKUP_TEXT_BYTES = 300 * 1024 * 1024;

export async function gzipText(text: string): Promise<Blob> {
  return new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).blob();
}

export type BackupText = { ok: true; text: string } | { ok: false; problem: BackupProblem };

/** The backup's text; refused when the bytes are not (valid) gzip, or when the text would exceed the cap. */
export async function backupText(file: Blob, maxBytes = MAX_BACKUP_TEXT_BYTES): Promise<BackupText> {
  const tooLarge: BackupText = { ok: false, problem: { code: 'too-large', maxBytes } };
  if (file.size > maxBytes) return tooLarge;
  const head = new Uint8Array(await file.slice(0, 2).arrayBuffer());
  const gzipped = head[0] === 0x1f && head[1] === 0x8b;
  const reader = (gzipped ? file.stream().pipeThrough(new DecompressionStream('gzip')) : file.stream()).getReader();
  const decoder = new TextDecoder();
  const parts: string[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        await reader.cancel();
        return tooLarge;
      }
      parts.push(decoder.decode(value, { stream: true }));
    }
  } catch {
    return { ok: false, problem: { code: 'not-backup' } };
  }
  parts.push(decoder.decode());
  return { ok: true, text: parts.join('') };
}
