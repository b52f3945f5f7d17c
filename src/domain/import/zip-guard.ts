import type { FileRefusal } from './file-problem';

/**
 * Checks an .xlsx (a zip) from its central directory before any parser inflates
 * it: random bytes and truncated downloads have no end-of-directory record, and
 * a zip bomb declares far more inflated bytes than any commune list needs.
 * Declared sizes can lie, so the reader's own limits still apply afterwards.
 */
export const MAX_INFLATED_BYTES = 300 * 1024 * 1024;
const MAX_RATIO = 300;

/** One file of the zip as its central directory declares it; `offset` points at its local header. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  compressedSize: number;
  size: number;
  offset: number;
}

export type ZipCheck = { ok: true; entries: ZipEntry[] } | FileRefusal;

const NOT_XLSX: FileRefusal = { ok: false, problem: { code: 'notXlsx' } };
const BOMB: FileRefusal = { ok: false, problem: { code: 'zipBomb' } };

export function checkXlsxZip(bytes: Uint8Array): ZipCheck {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const from = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return NOT_XLSX;
  const count = view.getUint16(eocd + 10, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  const entries: ZipEntry[] = [];
  let inflated = 0;
  let p = dirOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return NOT_XLSX;
    const compressed = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLen = view.getUint16(p + 28, true);
    const extraLen = view.getUint16(p + 30, true);
    const commentLen = view.getUint16(p + 32, true);
    // 0xFFFFFFFF means a ZIP64 size: more than 4 GB, never a commune list.
    if (size === 0xffffffff || compressed === 0xffffffff) return BOMB;
    inflated += size;
    if (size > 10 * 1024 * 1024 && size / Math.max(compressed, 1) > MAX_RATIO) return BOMB;
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen));
    entries.push({ name, method: view.getUint16(p + 10, true), compressedSize: compressed, size, offset: view.getUint32(p + 42, true) });
    p += 46 + nameLen + extraLen + commentLen;
  }
  if (inflated > MAX_INFLATED_BYTES) return BOMB;
  if (!entries.some((e) => e.name.startsWith('xl/'))) return NOT_XLSX;
  return { ok: true, entries };
}
