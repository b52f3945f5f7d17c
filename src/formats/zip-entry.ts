import { DecodeUTF8, Inflate } from 'fflate';
import type { ZipEntry } from '../domain/import/zip-guard';

/** An entry inflates past its declared size or past what the whole file may inflate to. */
export class InflateLimitError extends Error {}

/** How many more bytes the whole file may inflate to; shared by every entry read. */
export interface InflateBudget {
  left: number;
}

/** Compressed bytes handed to the inflater at a time: small enough that no whole inflated copy is held. */
const CHUNK = 64 * 1024;

/**
 * Streams one zip entry's text to `onText` in pieces: its compressed bytes are
 * inflated a chunk at a time and decoded as UTF-8, so a 50 MB sheet is never held
 * inflated in one piece. Declared sizes can lie, so inflating past the entry's
 * declared size or past the file's budget throws InflateLimitError; a truncated
 * entry or broken deflate data throws a plain Error.
 */
export function streamEntryText(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget, onText: (text: string) => void): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.offset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== 0x04034b50) throw new Error('zip: no local header');
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new Error('zip: entry cut short');

  let produced = 0;
  let first = true;
  const decoder = new DecodeUTF8((text) => {
    // A UTF-8 byte-order mark before the XML declaration is not text.
    const piece = first && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    if (text !== '') first = false;
    if (piece !== '') onText(piece);
  });
  const take = (chunk: Uint8Array, final: boolean) => {
    produced += chunk.length;
    budget.left -= chunk.length;
    if (produced > entry.size || budget.left < 0) throw new InflateLimitError();
    decoder.push(chunk, final);
  };
  if (entry.method !== 0 && entry.method !== 8) throw new Error(`zip: method ${entry.method}`);
  const sink = entry.method === 8 ? new Inflate(take) : { push: take };
  if (start === end) sink.push(new Uint8Array(0), true);
  for (let p = start; p < end; p += CHUNK) sink.push(bytes.subarray(p, Math.min(end, p + CHUNK)), p + CHUNK >= end);
  if (produced !== entry.size) throw new Error('zip: entry shorter than declared');
}
