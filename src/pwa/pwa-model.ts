import { signal } from '@preact/signals';
import { flushAll } from './flush';

interface BeforeInstallPromptEvent extends Event {
  prompt(): Promise<void>;
  userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** Escape hatch: `?no-sw` unregisters the service worker and clears its caches. */
const NO_SW_PARAM = 'no-sw';

/**
 * Service-worker lifecycle as signals. Updates are offered, never forced: the
 * waiting worker takes over only when the user accepts, after drafts are saved.
 */
export function createPwaModel() {
  const updateWaiting = signal(false);
  const offlineReady = signal(false);
  const online = signal(typeof navigator === 'undefined' ? true : navigator.onLine);
  const canInstall = signal(false);
  const swDisabled = signal(false);
  let installEvent: BeforeInstallPromptEvent | null = null;
  let activateWaiting: (() => void) | null = null;

  function watchConnectivity(): void {
    addEventListener('online', () => (online.value = true));
    addEventListener('offline', () => (online.value = false));
    addEventListener('beforeinstallprompt', (e) => {
      e.preventDefault();
      installEvent = e as BeforeInstallPromptEvent;
      canInstall.value = true;
    });
  }

  async function disableServiceWorker(): Promise<void> {
    swDisabled.value = true;
    const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? [];
    await Promise.all(registrations.map((r) => r.unregister()));
    for (const key of await caches.keys()) await caches.delete(key);
  }

  async function start(swUrl: string, scope: string): Promise<void> {
    watchConnectivity();
    if (new URLSearchParams(location.search).has(NO_SW_PARAM)) return disableServiceWorker();
    if (!('serviceWorker' in navigator)) return;
    const { Workbox } = await import('workbox-window');
    const wb = new Workbox(swUrl, { scope });
    wb.addEventListener('waiting', () => {
      activateWaiting = () => wb.messageSkipWaiting();
      updateWaiting.value = true;
    });
    wb.addEventListener('controlling', (e) => {
      // Accepted here or in another tab: every tab saves its drafts, then reloads onto the new version.
      if (e.isUpdate) void flushAll().then(() => location.reload());
    });
    wb.addEventListener('activated', (e) => {
      if (!e.isUpdate) offlineReady.value = true;
    });
    await wb.register();
    // Phones keep PWAs open for days: look for a new version when the app comes back.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void wb.update();
    });
  }

  /** Saves every draft, then lets the new version take over; the page reloads once it controls. */
  async function acceptUpdate(): Promise<void> {
    await flushAll();
    activateWaiting?.();
  }

  async function install(): Promise<void> {
    if (!installEvent) return;
    await installEvent.prompt();
    await installEvent.userChoice;
    installEvent = null;
    canInstall.value = false;
  }

  return { updateWaiting, offlineReady, online, canInstall, swDisabled, start, acceptUpdate, install };
}
