import type { Organisation } from '../organisation';
import { firstTooLong } from '../text-limits';
import type { Visit } from '../visit';
import type { BackupProblem, RecordRef } from './problems';

const ref = (o: Organisation): RecordRef => ({ id: o.id, name: o.name });

/**
 * Two versions of one id in one file would be stored in two chunks, and each
 * later edit would land in one of them only: the file is refused instead.
 */
function duplicateId(organisations: Organisation[], visits: Visit[]): BackupProblem | null {
  const seen = new Map<string, Organisation>();
  for (const o of organisations) {
    const first = seen.get(o.id);
    if (first) return { code: 'duplicate-id', id: o.id, names: [first.name, o.name] };
    seen.set(o.id, o);
  }
  const visitIds = new Set<string>();
  for (const v of visits) {
    if (visitIds.has(v.id)) return { code: 'duplicate-visit-id', id: v.id };
    visitIds.add(v.id);
  }
  return null;
}

/**
 * A merge alias must name a record of the same file that is not an alias
 * itself (merge-records.ts only ever makes such aliases): a missing target
 * orphans the record and its visits, a loop makes its page redirect forever,
 * and a chain leaves visits on an alias, since lookups follow one step.
 */
function badAlias(byId: ReadonlyMap<string, Organisation>): BackupProblem | null {
  for (const o of byId.values()) {
    if (o.mergedInto === undefined) continue;
    const target = byId.get(o.mergedInto);
    if (!target) return { code: 'alias-target-missing', record: ref(o), target: o.mergedInto };
    if (target.mergedInto === undefined) continue;
    const path = [o];
    let at: Organisation | undefined = target;
    while (at && at.mergedInto !== undefined && !path.includes(at)) {
      path.push(at);
      at = byId.get(at.mergedInto);
    }
    if (at && path.includes(at)) return { code: 'alias-cycle', records: path.slice(path.indexOf(at)).map(ref) };
    return { code: 'alias-chain', record: ref(o), target: ref(target) };
  }
  return null;
}

function tooLong(organisations: Organisation[]): BackupProblem | null {
  for (const o of organisations) {
    const long = firstTooLong(o);
    if (long) return { code: 'text-too-long', record: ref(o), ...long };
  }
  return null;
}

/** Rules across the records of a file whose records each passed their schema; the first problem found, or null. */
export function checkRecords(organisations: Organisation[], visits: Visit[]): BackupProblem | null {
  return duplicateId(organisations, visits) ?? badAlias(new Map(organisations.map((o) => [o.id, o]))) ?? tooLong(organisations);
}
