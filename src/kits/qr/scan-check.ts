/**
 * Scan-back check (DESIGN §8): each code on the page is rasterised from the
 * SVG actually in the DOM and decoded with jsQR, then compared with the URL it
 * is meant to carry. jsQR (~40 KB) loads only when a code is shown.
 */

export interface ScanFailure {
  url: string;
  /** What the decoder read, or null when it read nothing. */
  decoded: string | null;
}

export interface ScanReport {
  total: number;
  failures: ScanFailure[];
}

/** Pixels per module when rasterising: a clean print at a comfortable size. */
const SCALE = 4;

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('SVG did not load'));
    img.src = src;
  });
}

/** Decodes one rendered <svg> the way a camera would see it, on a canvas. */
async function decodeSvg(svg: SVGSVGElement): Promise<string | null> {
  const { default: jsQR } = await import('jsqr');
  const side = svg.viewBox.baseVal.width * SCALE;
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(side));
  clone.setAttribute('height', String(side));
  const blobUrl = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(clone)], { type: 'image/svg+xml' }));
  try {
    const img = await loadImage(blobUrl);
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = side;
    const ctx = canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) return null;
    ctx.drawImage(img, 0, 0, side, side);
    const { data } = ctx.getImageData(0, 0, side, side);
    return jsQR(data, side, side, { inversionAttempts: 'dontInvert' })?.data ?? null;
  } finally {
    URL.revokeObjectURL(blobUrl);
  }
}

/** Decodes every code under `root` (marked with data-qr-url) and lists those that do not read back exactly. */
export async function checkCodes(root: ParentNode): Promise<ScanReport> {
  const svgs = [...root.querySelectorAll<SVGSVGElement>('svg[data-qr-url]')];
  const failures: ScanFailure[] = [];
  const seen = new Map<string, string | null>();
  for (const svg of svgs) {
    const url = svg.dataset.qrUrl ?? '';
    // Identical markup decodes identically: a flyer with 8 copies of a code is checked once per distinct code.
    const key = `${url}\n${svg.querySelector('path')?.getAttribute('d') ?? ''}`;
    if (!seen.has(key)) seen.set(key, await decodeSvg(svg).catch(() => null));
    const decoded = seen.get(key) ?? null;
    if (decoded !== url) failures.push({ url, decoded });
  }
  return { total: svgs.length, failures };
}
