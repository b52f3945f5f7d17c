/**
 * Backup files are gzip-compressed JSON: 100,000 records are ~59 MB as text
 * and a fraction of that compressed, which matters when the file travels over
 * Zalo on a mobile connection. Plain JSON is still accepted on the way in.
 * The inflated text is capped (200,000 records are ~120 MB) against gzip bombs.
 */
export const MAX_BACKUP_TEXT_BYTES = 300 * 1024 * 1024;

export async function gzipText(text: string): Promise<Blob> {
  return new Response(new Blob([text]).stream().pipeThrough(new CompressionStream('gzip'))).blob();
}

/** The backup's text, or null when the bytes are not (valid) gzip or inflate beyond any real backup. */
export async function backupText(bytes: Uint8Array): Promise<string | null> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return new TextDecoder().decode(bytes);
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > MAX_BACKUP_TEXT_BYTES) {
        await reader.cancel();
        return null;
      }
      parts.push(value);
    }
  } catch {
    return null;
  }
  return new TextDecoder().decode(await new Blob(parts as BlobPart[]).arrayBuffer());
}
