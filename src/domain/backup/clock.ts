import type { Organisation } from '../organisation';
import type { Visit } from '../visit';
import type { BackupProblem } from './problems';
import type { Backup } from './schema';

/**
 * How far a file's creation time may be ahead of this phone's clock: phones
 * left offline drift, and a clock set by hand may be off by hours.
 */
export const CLOCK_MARGIN_MS = 24 * 60 * 60 * 1000;

/** A file made "later" than this phone's clock plus the margin comes from a phone whose clock is wrong. */
export function fileTimeProblem(createdAt: number, now: number): BackupProblem | null {
  return createdAt > now + CLOCK_MARGIN_MS ? { code: 'created-in-future', createdAt } : null;
}

const clamp = (at: number, max: number) => Math.min(at, max);

function clampOrganisation(o: Organisation, max: number): Organisation {
  const late = o.updatedAt > max || o.createdAt > max || (o.deletedAt ?? 0) > max || (o.consent?.at ?? 0) > max || o.statusHistory.some((s) => s.at > max);
  if (!late) return o;
  return {
    ...o,
    createdAt: clamp(o.createdAt, max),
    updatedAt: clamp(o.updatedAt, max),
    deletedAt: o.deletedAt === null ? null : clamp(o.deletedAt, max),
    consent: o.consent && { ...o.consent, at: clamp(o.consent.at, max) },
    statusHistory: o.statusHistory.map((s) => (s.at > max ? { ...s, at: max } : s)),
  };
}

const clampVisit = (v: Visit, max: number): Visit => (v.at > max ? { ...v, at: max } : v);

/**
 * Last writer wins by `updatedAt`, so a record stamped in 2100 by a phone with
 * a wrong clock would beat every later edit on every phone. Clamp, not refuse:
 * nothing in a record can have been written after its file was made, so any
 * time past the file's creation is wrong and the creation time is the latest
 * true value; the record's content is kept. The file's own time was checked
 * against this phone's clock (`fileTimeProblem`). Clamping to the file's time
 * rather than to "now" keeps reading the same file twice giving the same
 * records, so merging it again changes nothing.
 */
export function clampToFileTime(backup: Backup): Backup {
  const max = backup.createdAt;
  return {
    ...backup,
    organisations: backup.organisations.map((o) => clampOrganisation(o, max)),
    visits: backup.visits.map((v) => clampVisit(v, max)),
  };
}
