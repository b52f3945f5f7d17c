// Issue 16 figures: a status change saved at 100,000 records, until the list
// shows it, through the app's own repository and registry model on real
// IndexedDB; and the longest main-thread task meanwhile.
import Dexie from 'dexie';
import { generateDemoOrganisations } from '../../src/domain/demo-data';
import type { RegistryQuery } from '../../src/domain/registry-query';
import type { RowList } from '../../src/domain/row-list';
import { allowedNextStatuses } from '../../src/domain/status';
import { createRegistryModel } from '../../src/features/registry/registry-model';
import units from '../../src/generated/admin-units.json';
import { EidDatabase } from '../../src/storage/db';
import { DraftRepository } from '../../src/storage/draft-repository';
import { OrganisationRepository } from '../../src/storage/organisation-repository';
import { VisitRepository } from '../../src/storage/visit-repository';
import { WriteGuard } from '../../src/storage/write-guard';

const COMMUNES = units.communes.slice(0, 30).map((c) => c[0] as string);
const LIST: RegistryQuery = { q: '', commune: '', kind: '', status: '', due: '', problem: false, mine: false, sort: 'name' };
let db: EidDatabase | null = null;
let model: ReturnType<typeof createRegistryModel> | null = null;

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** A registry of `count` records in a fresh database, its list queried once (index built). */
export async function editSetup(count: number): Promise<number> {
  if (db) {
    db.close();
    await Dexie.delete(db.name);
  }
  db = new EidDatabase(`bench-edit-${Math.random()}`);
  await db.open();
  const guard = new WriteGuard();
  const organisations = new OrganisationRepository(db, guard);
  const records = generateDemoOrganisations({ seed: 7, count, now: Date.UTC(2026, 10, 23, 3), communes: COMMUNES });
  await organisations.saveMany(records.map((o) => ({ ...o, demo: false })));
  model = createRegistryModel({
    organisations,
    visits: new VisitRepository(db, guard, organisations),
    drafts: new DraftRepository(db),
    userName: () => 'bench',
  });
  model.query(LIST);
  while (model.rebuilding?.peek()) await frame();
  return model.query(LIST).rows.length;
}

function includes(rows: RowList<unknown>, record: unknown): boolean {
  for (let i = 0; i < rows.length; i++) if (rows.at(i) === record) return true;
  return false;
}

/**
 * One status change of the n-th listed record: ms from the call until the list's
 * query shows the new status, and the longest main-thread task meanwhile (the
 * Long Tasks API reports tasks of 50 ms and more; below that, the longest
 * synchronous step timed here: the list's query with the index update).
 */
export async function editOnce(n: number): Promise<{ ms: number; maxBlockMs: number }> {
  const m = model!;
  const rows = m.query(LIST).rows;
  const org = rows.at((n * 4099) % rows.length)!;
  const to = allowedNextStatuses(org.status).find((s) => s !== 'problem' && s !== 'not_applicable') ?? 'informed';
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) longTasks.push(e.duration);
  });
  observer.observe({ type: 'longtask' });
  let longestStep = 0;
  const start = performance.now();
  const saved = await m.changeStatus(org, { to });
  if (!saved.ok) throw new Error(saved.message);
  for (;;) {
    const stepStart = performance.now();
    const rows = m.query(LIST).rows;
    // The record as stored now, in the list's rows: a scan for one reference, not a search by id, so the check costs the bench almost nothing.
    const current = m.get(org.id);
    const shown = current?.status === to && includes(rows, current);
    longestStep = Math.max(longestStep, performance.now() - stepStart);
    if (shown) break;
    await frame();
  }
  const ms = performance.now() - start;
  await frame();
  observer.disconnect();
  return { ms, maxBlockMs: Math.max(longestStep, ...longTasks) };
}
