import type { RefObject } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { checkCodes, type ScanReport } from './scan-check';

export type ScanState = { status: 'checking' } | ({ status: 'done' } & ScanReport);

/** Re-runs the scan-back check over `ref`'s codes whenever `key` (what is shown) changes. */
export function useScanCheck(ref: RefObject<HTMLElement | null>, key: string): ScanState {
  const [state, setState] = useState<ScanState>({ status: 'checking' });
  useEffect(() => {
    let live = true;
    setState({ status: 'checking' });
    // After paint, so the check never delays showing the code.
    const timer = setTimeout(() => {
      if (!ref.current) return;
      void checkCodes(ref.current).then((report) => live && setState({ status: 'done', ...report }));
    }, 0);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [key]);
  return state;
}
