import type { QrMatrix } from './qr-matrix';

interface QrSvgProps {
  matrix: QrMatrix;
  /** The encoded URL: read by the scan-back check and named in the accessible label. */
  url: string;
  label: string;
  class?: string;
}

/** The code as inline SVG (no inline style: CSP): crisp module edges, white quiet zone, scales to its box. */
export function QrSvg({ matrix, url, label, class: className }: QrSvgProps) {
  return (
    <svg
      class={`qr ${className ?? ''}`}
      viewBox={`0 0 ${matrix.size} ${matrix.size}`}
      shape-rendering="crispEdges"
      role="img"
      aria-label={label}
      data-qr-url={url}
    >
      <rect width={matrix.size} height={matrix.size} fill="#fff" />
      <path d={matrix.path} fill="#000" />
    </svg>
  );
}
