import { qrText as t } from '../../i18n/qr';
import type { ScanState } from './useScanCheck';

/** The scan-back result: quiet when all codes read back, an alert naming each code that does not. */
export function ScanStatus({ state }: { state: ScanState }) {
  if (state.status === 'checking') {
    return (
      <p class="scan scan--checking" role="status">
        {t.scanChecking}
      </p>
    );
  }
  if (state.failures.length === 0) {
    return (
      <p class="scan scan--ok" role="status" data-testid="scan-ok">
        ✓ {t.scanOk(state.total)}
      </p>
    );
  }
  return (
    <div class="scan scan--failed" role="alert">
      <p>
        <strong>{t.scanFailed(state.failures.length, state.total)}</strong>
      </p>
      <ul>
        {state.failures.map((f) => (
          <li key={f.url}>{t.scanMismatch(f.url, f.decoded)}</li>
        ))}
      </ul>
    </div>
  );
}
