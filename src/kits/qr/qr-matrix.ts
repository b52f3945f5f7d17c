import { create } from 'qrcode';

export type EcLevel = 'L' | 'M' | 'Q' | 'H';
export const EC_LEVELS: EcLevel[] = ['L', 'M', 'Q', 'H'];
export const DEFAULT_EC: EcLevel = 'M';

/** The ISO 18004 quiet zone: 4 light modules on every side, which many phone scanners need. */
export const QUIET_ZONE = 4;

export interface QrMatrix {
  /** Modules per side, quiet zone included: the SVG viewBox and the PNG grid. */
  size: number;
  /** One SVG path of all dark modules, as horizontal runs in quiet-zone coordinates. */
  path: string;
  /** Dark module test, quiet-zone coordinates. */
  isDark: (x: number, y: number) => boolean;
}

function assertPrintableAscii(url: string): void {
  if (!/^[\x21-\x7e]+$/.test(url)) throw new TypeError(`QR payload must be printable ASCII: ${url}`);
}

/**
 * Encodes an ASCII URL. Refuses anything else: the payload must stay plain
 * ASCII so every scanner reads the same bytes (DESIGN §8).
 */
export function encodeQr(url: string, ec: EcLevel = DEFAULT_EC): QrMatrix {
  assertPrintableAscii(url);
  const { modules } = create(url, { errorCorrectionLevel: ec });
  const n = modules.size;
  const dark = (x: number, y: number) => x >= 0 && y >= 0 && x < n && y < n && modules.get(y, x) === 1;
  let path = '';
  for (let y = 0; y < n; y++) {
    let x = 0;
    while (x < n) {
      if (!dark(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < n && dark(x, y)) x++;
      path += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h${start - x}z`;
    }
  }
  return { size: n + 2 * QUIET_ZONE, path, isDark: (x, y) => dark(x - QUIET_ZONE, y - QUIET_ZONE) };
}

/** A code, or why none can be made (the URL holds more than a version-40 code can). */
export type QrEncoding = { ok: true; matrix: QrMatrix } | { ok: false; problem: 'too-long' };

/**
 * Like `encodeQr`, for URLs built from user input (the base URL in Settings, a
 * document link): an ASCII URL that does not fit is a message to show, not a
 * crash. A non-ASCII URL still throws: building the URL is the caller's job.
 */
export function tryEncodeQr(url: string, ec: EcLevel = DEFAULT_EC): QrEncoding {
  assertPrintableAscii(url);
  try {
    return { ok: true, matrix: encodeQr(url, ec) };
  } catch {
    // With a printable-ASCII payload, the one error qrcode throws is "amount of data is too big".
    return { ok: false, problem: 'too-long' };
  }
}

/** A standalone SVG document (for download and for the scan-back check). */
export function qrSvgMarkup(m: QrMatrix): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${m.size} ${m.size}" width="${m.size * 8}" height="${m.size * 8}" shape-rendering="crispEdges">` +
    `<rect width="${m.size}" height="${m.size}" fill="#fff"/><path d="${m.path}" fill="#000"/></svg>`
  );
}

/** RGBA pixels of the code at `scale` px per module: what a camera would see on a perfect print. */
export function qrPixels(m: QrMatrix, scale: number): { data: Uint8ClampedArray; width: number; height: number } {
  const width = m.size * scale;
  const data = new Uint8ClampedArray(width * width * 4).fill(255);
  for (let y = 0; y < width; y++) {
    for (let x = 0; x < width; x++) {
      if (!m.isDark(Math.floor(x / scale), Math.floor(y / scale))) continue;
      const i = (y * width + x) * 4;
      data[i] = data[i + 1] = data[i + 2] = 0;
    }
  }
  return { data, width, height: width };
}
