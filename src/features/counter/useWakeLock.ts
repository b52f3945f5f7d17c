import { useEffect, useState } from 'preact/hooks';

export type WakeState = 'pending' | 'on' | 'unsupported' | 'denied';

/** Keeps the screen on while mounted (Screen Wake Lock API), re-acquiring it when the tab comes back to the front. */
export function useWakeLock(): WakeState {
  const [state, setState] = useState<WakeState>('wakeLock' in navigator ? 'pending' : 'unsupported');
  useEffect(() => {
    if (!('wakeLock' in navigator)) return;
    let sentinel: WakeLockSentinel | null = null;
    let live = true;
    const acquire = async () => {
      if (document.visibilityState !== 'visible') return;
      try {
        const lock = await navigator.wakeLock.request('screen');
        if (!live) return void lock.release();
        sentinel = lock;
        setState('on');
      } catch {
        // Refused when the page is hidden, by a permissions policy, or on low battery.
        if (live) setState('denied');
      }
    };
    // The browser drops the lock whenever the page is hidden.
    const onVisible = () => void acquire();
    document.addEventListener('visibilitychange', onVisible);
    void acquire();
    return () => {
      live = false;
      document.removeEventListener('visibilitychange', onVisible);
      void sentinel?.release();
    };
  }, []);
  return state;
}
