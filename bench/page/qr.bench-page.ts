// In-page QR figures (issue 5), built from the app's own modules.
import { h, render } from 'preact';
import { FlyerSheets } from '../../src/features/print/FlyerSheets';
import { encodeQr, qrSvgMarkup, tryEncodeQr } from '../../src/kits/qr/qr-matrix';
import type { QrTarget } from '../../src/kits/qr/qr-targets';
import '../../src/app/app.css';
import '../../src/kits/qr/qr.css';
import '../../src/features/print/print.css';

function targets(n: number, salt: number): QrTarget[] {
  return Array.from({ length: n }, (_, i) => {
    const url = `https://so.example.gov.vn/eid/huong-dan/huong-dan-so-${salt}-${i}/`;
    return { key: `g:${salt}-${i}`, title: `Hướng dẫn số ${i + 1}`, url, lines: [], steps: [], fileStem: `qr-${i}` };
  });
}

let salt = 0;

/** Milliseconds per code to encode a guide URL and write its SVG (level M), over `n` distinct URLs. */
export function qrSvgMsPerCode(n = 200): number {
  const urls = targets(n, ++salt).map((x) => x.url);
  const start = performance.now();
  let bytes = 0;
  for (const url of urls) bytes += qrSvgMarkup(encodeQr(url, 'M')).length;
  const ms = (performance.now() - start) / n;
  if (bytes === 0) throw new Error('no SVG written');
  return ms;
}

/** Milliseconds to encode and lay out 100 distinct codes as A4 flyer sheets (13 pages), up to the layout being computed. */
export function flyer100CodesRenderMs(): number {
  const root = document.getElementById('app')!;
  const list = targets(100, ++salt);
  const start = performance.now();
  const encodings = new Map(list.map((x) => [x.key, tryEncodeQr(x.url, 'M')]));
  render(h(FlyerSheets, { targets: list, copies: 1, encodings }), root);
  const height = root.getBoundingClientRect().height; // forces style and layout
  const ms = performance.now() - start;
  if (root.querySelectorAll('svg.qr').length !== 100 || height === 0) throw new Error('flyer did not render');
  render(null, root);
  return ms;
}
