import type { Organisation } from '../organisation';
import { unionChangeLogs } from './change-log';
import { holdsPersonalData, settleErasure, stripPersonalData } from './erasure';

/**
 * What every merge of versions of one record applies after choosing a version
 * (the backup merge's last-writer-wins, the sync engine's conflict resolution):
 * the change logs of all versions are unioned, and the latest erasure is final
 * for the personal fields. Both depend only on the set of versions, so phones
 * that merge in any order end with the same record.
 */
export function settleVersions(chosen: Organisation, versions: Iterable<Organisation>): Organisation {
  const all = [...versions];
  const settled = settleErasure(chosen, all);
  const changes = unionChangeLogs(...all.map((v) => v.changes), chosen.changes);
  if (changes.length === 0) return settled;
  return { ...settled, changes };
}

function canonical(o: object): string {
  return JSON.stringify(o, Object.keys(o).sort());
}

const NO_MARKER = { at: 0, by: '' };

/** A version with what settling may change taken out: the change log, the erasure marker and the personal fields. */
function core(o: Organisation): string {
  const { changes: _c, erasure: _e, ...rest } = stripPersonalData(o, NO_MARKER);
  return canonical(rest);
}

function personalRank(o: Organisation): string {
  const { changes: _c, ...rest } = o;
  // Zero-padded so that text order is time order; 0 for no marker, below any marker's time + 1.
  const at = o.erasure ? o.erasure.at + 1 : 0;
  return JSON.stringify([String(at).padStart(16, '0'), o.erasure?.by ?? '', holdsPersonalData(o) ? 1 : 0, canonical(rest)]);
}

/**
 * The order of two versions with the same update time and deletion state
 * (>0: `a` wins). Content decides, first without what settling can change, then
 * by erasure marker (a later one wins), then a version holding personal data
 * over a stripped one. Settling a version therefore never makes it lose to one
 * it beat, nor win over one it lost to, unless both settle to the same record:
 * that keeps merging idempotent, commutative and associative.
 */
export function tieOrder(a: Organisation, b: Organisation): number {
  const [ca, cb] = [core(a), core(b)];
  if (ca !== cb) return ca > cb ? 1 : -1;
  const [ra, rb] = [personalRank(a), personalRank(b)];
  return ra === rb ? 0 : ra > rb ? 1 : -1;
}
