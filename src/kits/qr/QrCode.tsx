import { qrText as t } from '../../i18n/qr';
import { QrSvg } from './QrSvg';
import type { QrEncoding } from './qr-matrix';

interface QrCodeProps {
  encoding: QrEncoding;
  url: string;
  label: string;
}

/** The code, or in its place a Vietnamese explanation of why there is none. */
export function QrCode({ encoding, url, label }: QrCodeProps) {
  if (encoding.ok) return <QrSvg matrix={encoding.matrix} url={url} label={label} />;
  return (
    <p class="qr-problem" role="alert" data-testid="qr-too-long">
      {t.tooLong(url.length)}
    </p>
  );
}
