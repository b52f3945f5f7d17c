import { useLayoutEffect, useMemo, useRef } from 'preact/hooks';
import { shortUrl } from '../../domain/links';
import { counterText as c, qrText as t } from '../../i18n/qr';
import { QrCode } from '../../kits/qr/QrCode';
import { type EcLevel, tryEncodeQr } from '../../kits/qr/qr-matrix';
import type { QrTarget } from '../../kits/qr/qr-targets';
import { ScanStatus } from '../../kits/qr/ScanStatus';
import { useScanCheck } from '../../kits/qr/useScanCheck';
import { useCycle } from './useCycle';
import { useWakeLock } from './useWakeLock';

interface CounterScreenProps {
  targets: QrTarget[];
  seconds: number;
  ec: EcLevel;
  /** Shown small at the top: the codes point somewhere phones cannot open. */
  warning: string | null;
  onExit: () => void;
}

/** Hides the browser's own bars too; refused silently where the browser does not allow it. */
function toggleFullscreen(): void {
  const request = document.fullscreenElement ? document.exitFullscreen() : document.documentElement.requestFullscreen();
  void request.catch(() => undefined);
}

/** Minimum horizontal travel, in CSS px, that counts as a swipe rather than a tap. */
const SWIPE_PX = 50;

export function CounterScreen({ targets, seconds, ec, warning, onExit }: CounterScreenProps) {
  const { index, move } = useCycle(targets.length, seconds);
  const target = targets[index]!;
  const encoding = useMemo(() => tryEncodeQr(target.url, ec), [target.url, ec]);
  const wake = useWakeLock();
  const ref = useRef<HTMLDivElement>(null);
  const scan = useScanCheck(ref, `${target.url}|${ec}`);
  const swipeStart = useRef<number | null>(null);

  // Before the paint, not after it: a key pressed as soon as the code shows must not be lost
  // (an effect is attached a frame later; on a slow or busy phone that is a noticeable while).
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // In browser full screen the first Escape leaves full screen (the browser's own); the next leaves counter mode.
      if (e.key === 'Escape' && !document.fullscreenElement) onExit();
      else if (e.key === 'ArrowRight' || e.key === 'PageDown') move(1);
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') move(-1);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onExit, move]);

  const onPointerUp = (e: PointerEvent) => {
    if (swipeStart.current === null) return;
    const dx = e.clientX - swipeStart.current;
    swipeStart.current = null;
    if (Math.abs(dx) >= SWIPE_PX && targets.length > 1) move(dx < 0 ? 1 : -1);
  };

  return (
    <div class="counter" role="dialog" aria-modal="true" aria-label={c.setup} onPointerDown={(e) => (swipeStart.current = e.clientX)} onPointerUp={onPointerUp}>
      {warning && <p class="counter__warning">{warning}</p>}
      <div class="counter__body" aria-live="polite">
        <div ref={ref} class="counter__code">
          <QrCode encoding={encoding} url={target.url} label={t.alt(target.title, target.url)} />
        </div>
        <div class="counter__text">
          <h1 class="counter__title">{target.title}</h1>
          {target.requirement && <p class="counter__requirement">{target.requirement}</p>}
          <ul class="counter__lines">
            {/* The requirement takes the third line's place, so the short URL stays on a phone screen. */}
            {target.lines.slice(0, target.requirement ? 2 : 3).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
          {encoding.ok && (
            <p class="counter__url" data-testid="short-url">
              {shortUrl(target.url)}
            </p>
          )}
        </div>
      </div>
      <div class="counter__bar">
        <button type="button" class="primary" onClick={onExit}>
          {c.exit}
        </button>
        {document.fullscreenEnabled && (
          <button type="button" onClick={toggleFullscreen}>
            {c.fullscreen}
          </button>
        )}
        {targets.length > 1 && (
          <>
            <button type="button" aria-label={c.prev} onClick={() => move(-1)}>
              ‹
            </button>
            <span>{c.position(index + 1, targets.length)}</span>
            <button type="button" aria-label={c.next} onClick={() => move(1)}>
              ›
            </button>
          </>
        )}
        <span class="counter__status" data-testid="wake-state">
          {wake === 'on' ? c.wakeOn : wake === 'unsupported' ? c.wakeUnsupported : wake === 'denied' ? c.wakeDenied : ''}
        </span>
        {scan.status === 'done' && scan.failures.length > 0 && <ScanStatus state={scan} />}
      </div>
    </div>
  );
}
