import { flushAll } from './flush';

const KEY = 'eid:last-recovery-reload';
const WINDOW_MS = 60_000;

/**
 * Reloads once to recover from a stale lazy chunk after a deploy. A second
 * failure within a minute means reloading will not help (offline, or the chunk
 * is really gone): return false and let the caller explain instead of looping.
 */
export async function reloadOnceForStaleChunk(storage: Storage = sessionStorage): Promise<boolean> {
  const last = Number(storage.getItem(KEY) ?? 0);
  if (Date.now() - last < WINDOW_MS) return false;
  storage.setItem(KEY, String(Date.now()));
  await flushAll();
  location.reload();
  return true;
}
