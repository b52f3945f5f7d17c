import { signal } from '@preact/signals';
import type { Searchable } from '../../domain/organisation-search-text';
import { RegistryIndex } from '../../domain/registry-index';
import type { SortKey } from '../../domain/registry-query';
import type { Sliced } from '../../domain/slices';
import type { ChangedIds, OrganisationRepository } from '../../storage/organisation-repository';
import { nextTask } from '../../ui/next-task';

/** Changes of up to this many records (an edit, a visit, a synced or merged handful) update the index in place. */
const IN_PLACE_LIMIT = 500;
/** Up to this many records a rebuild takes a few ms and is done at once; above, in slices. */
const REBUILD_AT_ONCE = 2_000;
/** Work per slice of a rebuild: well under a frame budget of 50 ms, even on a phone 4× slower. */
const SLICE_MS = 8;

type Source = Pick<OrganisationRepository, 'all' | 'get' | 'subscribe'>;

async function runInSlices<T>(job: Sliced<T>): Promise<T> {
  for (;;) {
    const end = performance.now() + SLICE_MS;
    let step = job.next();
    while (!step.done && performance.now() < end) step = job.next();
    if (step.done) return step.value;
    await nextTask();
  }
}

/**
 * The registry's query index kept in step with the repository: a few changed
 * records are applied in place (milliseconds at 100,000 records); loading, a
 * restore or an import rebuild it in slices, while queries keep answering from
 * the previous index and `rebuilding` says so.
 */
export function createLiveIndex(source: Source) {
  /** Bumped whenever the index changes, for views to re-run their query. */
  const revision = signal(0);
  const rebuilding = signal(false);
  let index = new RegistryIndex<Searchable>([]);
  /** What changed since the index (or the records a rebuild started from) was taken. */
  let pending: Set<string> | 'all' = 'all';

  source.subscribe((changed: ChangedIds) => {
    if (pending === 'all') return;
    if (changed === 'all') pending = 'all';
    else for (const id of changed) pending.add(id);
    if (pending !== 'all' && pending.size > IN_PLACE_LIMIT) pending = 'all';
  });

  async function rebuild(records: Searchable[], sort: SortKey): Promise<void> {
    rebuilding.value = true;
    index = await runInSlices(RegistryIndex.inSlices(records, sort));
    rebuilding.value = false;
    revision.value++;
  }

  /** The index as current as it can be now; `sort` is the order a rebuild prepares first. */
  function current(sort: SortKey): RegistryIndex<Searchable> {
    if (rebuilding.peek()) return index;
    if (pending === 'all') {
      const records = source.all();
      pending = new Set();
      if (records.length <= REBUILD_AT_ONCE) index = new RegistryIndex(records);
      else void rebuild(records, sort);
    } else if (pending.size > 0) {
      const changed = new Map<string, Searchable | null>();
      for (const id of pending) {
        const record = source.get(id);
        changed.set(id, record && record.deletedAt === null ? record : null);
      }
      pending = new Set();
      index.update(changed);
    }
    return index;
  }

  return { revision, rebuilding, current };
}
