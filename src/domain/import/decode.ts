import type { FileRefusal } from './file-problem';

/**
 * Bytes of a CSV file → NFC text, or the reason it is refused. Order matters:
 * a BOM decides; else strict UTF-8; else Windows-1258 (what Excel's plain "CSV"
 * writes on a Vietnamese Windows), which encodes tones as combining marks, hence
 * the NFC. Text typed in the old TCVN3/VNI fonts decodes "fine" but is garbage,
 * so it is detected afterwards and refused with instructions.
 */
export type Decoded = { ok: true; text: string; encoding: string } | FileRefusal;

function decodeWith(encoding: string, bytes: Uint8Array, fatal = false): string {
  return new TextDecoder(encoding, { fatal }).decode(bytes);
}

function pickEncoding(bytes: Uint8Array): { text: string; encoding: string } {
  const [a, b, c] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { text: decodeWith('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
  if (a === 0xff && b === 0xfe) return { text: decodeWith('utf-16le', bytes.subarray(2)), encoding: 'utf-16le' };
  if (a === 0xfe && b === 0xff) return { text: decodeWith('utf-16be', bytes.subarray(2)), encoding: 'utf-16be' };
  // UTF-16 without a BOM: ASCII text has a zero in every other byte.
  const sample = bytes.subarray(0, 512);
  let zeroOdd = 0;
  for (let i = 1; i < sample.length; i += 2) if (sample[i] === 0) zeroOdd++;
  if (sample.length >= 4 && zeroOdd > sample.length / 4) return { text: decodeWith('utf-16le', bytes), encoding: 'utf-16le' };
  try {
    return { text: decodeWith('utf-8', bytes, true), encoding: 'utf-8' };
  } catch {
    return { text: decodeWith('windows-1258', bytes), encoding: 'windows-1258' };
  }
}

/**
 * Latin-1 letters that never occur in Vietnamese written in Unicode but are
 * exactly what TCVN3 (§ ¨ Ô¸ µ…) and VNI (Ñ ö ï ø…) text shows as.
 */
const LEGACY_CHARS = /[§¨©ª«¬®¯°±²³´µ¶·¸¹º»¼½¾¿ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïñö÷øûüþÿ]/g;

export function looksLikeLegacyFont(text: string): boolean {
  const sample = text.slice(0, 200_000);
  const hits = sample.match(LEGACY_CHARS)?.length ?? 0;
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  return hits >= 3 && hits * 200 >= letters;
}

/** NUL and other C0 controls (tab, CR, LF excepted) never occur in a text table. */
function hasBinaryControls(text: string): boolean {
  const sample = text.slice(0, 4096);
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) return true;
  }
  return false;
}

export function decodeCsvBytes(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, problem: { code: 'empty' } };
  const { text, encoding } = pickEncoding(bytes);
  if (hasBinaryControls(text)) return { ok: false, problem: { code: 'binary' } };
  const nfc = text.normalize('NFC');
  if (nfc.trim() === '') return { ok: false, problem: { code: 'empty' } };
  if (looksLikeLegacyFont(nfc)) return { ok: false, problem: { code: 'legacyFont' } };
  return { ok: true, text: nfc, encoding };
}
