import { type QrMatrix, qrSvgMarkup } from './qr-matrix';

/** Pixels per module in the PNG: ~1,000 px wide for a typical guide URL, enough for an A4 print. */
const PNG_SCALE = 20;

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function downloadSvg(m: QrMatrix, fileStem: string): void {
  save(new Blob([qrSvgMarkup(m)], { type: 'image/svg+xml' }), `${fileStem}.svg`);
}

/** Drawn module by module on a canvas (no smoothing), so the PNG has the same sharp edges as the SVG. */
export function downloadPng(m: QrMatrix, fileStem: string): void {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = m.size * PNG_SCALE;
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = '#fff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.fillStyle = '#000';
  for (let y = 0; y < m.size; y++) for (let x = 0; x < m.size; x++) if (m.isDark(x, y)) ctx.fillRect(x * PNG_SCALE, y * PNG_SCALE, PNG_SCALE, PNG_SCALE);
  canvas.toBlob((blob) => blob && save(blob, `${fileStem}.png`), 'image/png');
}
