const DAY_MS = 86_400_000;
export const REMIND_AFTER_DAYS = 7;
export const REMIND_AFTER_CHANGES = 50;

/** Remind when the last backup is 7 days old or 50 records changed since (or there are records and never a backup). */
export function backupReminder(lastBackupAt: number | null, records: { updatedAt: number }[], now: number): { days: number | null; changes: number } | null {
  const since = lastBackupAt ?? -1;
  let changes = 0;
  for (const r of records) if (r.updatedAt > since) changes++;
  if (lastBackupAt === null) return records.length > 0 ? { days: null, changes } : null;
  const days = Math.floor((now - lastBackupAt) / DAY_MS);
  return days >= REMIND_AFTER_DAYS || changes >= REMIND_AFTER_CHANGES ? { days, changes } : null;
}

/** iOS Safari in a tab (not launched from the Home Screen): its storage is deleted after 7 days without use. */
export function isIosSafariTab(): boolean {
  if (typeof navigator === 'undefined') return false;
  const ios = /iPad|iPhone|iPod/.test(navigator.userAgent) || (navigator.platform === 'MacIntel' && navigator.maxTouchPoints > 1);
  const standalone = matchMedia('(display-mode: standalone)').matches || (navigator as { standalone?: boolean }).standalone === true;
  return ios && !standalone;
}
