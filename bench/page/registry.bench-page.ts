// In-page figures for the organisation registry (issue 3). Everything runs the
// app's own modules; the "naive" design is built here only as the baseline.
import Dexie from 'dexie';
import { generateDemoOrganisations } from '../../src/domain/demo-data';
import { fold } from '../../src/domain/fold';
import type { Organisation } from '../../src/domain/organisation';
import { type Searchable, withSearchText } from '../../src/domain/organisation-search-text';
import { RegistryIndex } from '../../src/domain/registry-index';
import type { RegistryQuery } from '../../src/domain/registry-query';
import units from '../../src/generated/admin-units.json';
import { CHUNK_SIZE, EidDatabase } from '../../src/storage/db';
import { OrganisationRepository } from '../../src/storage/organisation-repository';
import { WriteGuard } from '../../src/storage/write-guard';

/** 30 real communes (the first in the dataset), so commune filters split the records realistically. */
const COMMUNES = units.communes.slice(0, 30).map((c) => c[0] as string);
const NOW = Date.UTC(2026, 10, 23, 3);
let records: Organisation[] = [];

export function registryMake(count: number, seed = 1): number {
  records = generateDemoOrganisations({ seed, count, now: NOW, communes: COMMUNES }).map((o) => ({ ...o, demo: false, notes: '' }));
  return records.length;
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

/** The app's design: records packed in chunks of 256 per row, no index, written by OrganisationRepository.saveMany. */
export async function registryInsertApp(count: number): Promise<number> {
  const db = new EidDatabase(`bench-app-${Math.random()}`);
  await db.open();
  const repo = new OrganisationRepository(db, new WriteGuard());
  const ms = await timed(() => repo.saveMany(records.slice(0, count)));
  repo.close();
  db.close();
  await Dexie.delete(db.name);
  return ms;
}

/** The straightforward design: one row per record, a multiEntry word index and one index per filter field. */
export async function registryInsertNaive(count: number): Promise<number> {
  const db = new Dexie(`bench-naive-${Math.random()}`, { chromeTransactionDurability: 'strict' });
  db.version(1).stores({ orgs: 'id, communeCode, kind, status, followUpDate, problemReason, *words' });
  await db.open();
  const ms = await timed(async () => {
    const rows = records.slice(0, count).map((o) => ({ ...o, words: [...new Set(fold(`${o.name} ${o.address} ${o.representativeName}`).split(' '))], tax: o.taxCode.replace(/\D/g, '') }));
    await db.table('orgs').bulkPut(rows);
  });
  db.close();
  await Dexie.delete(db.name);
  return ms;
}

/** Chunk rows exactly as the app stores them, for seeding the app's own database from the runner. */
export function registryStoredChunks(from: number, to: number): { id: number; records: Searchable[] }[] {
  const out = [];
  for (let id = from; id < to && (id - 1) * CHUNK_SIZE < records.length; id++) {
    const slice = records.slice((id - 1) * CHUNK_SIZE, id * CHUNK_SIZE);
    out.push({ id, records: slice.map(withSearchText) });
  }
  return out;
}

/** A tiny seeded generator: the same queries every run. */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

let index = new RegistryIndex<Searchable>([]);
let stored: Searchable[] = [];
const BASE: RegistryQuery = { q: '', commune: '', kind: '', status: '', due: '', problem: false, mine: false, sort: 'name' };

/** Builds the list's index (typed filter columns + name order by Intl.Collator('vi')) and returns how long that took. */
export function registryPrepareView(count: number): number {
  stored = records.slice(0, count).map(withSearchText);
  const start = performance.now();
  index = new RegistryIndex(stored);
  index.run(BASE, '2026-11-23');
  return performance.now() - start;
}

/** Lets go of the records and the index built here, so a later part (the edits) runs with the heap an app would have. */
export function registryRelease(): void {
  records = [];
  stored = [];
  index = new RegistryIndex<Searchable>([]);
}

/** 50 queries of 1–3 folded words taken from real names, addresses and tax codes, some cut short. */
function searchQueries(seed: number): string[] {
  const rnd = lcg(seed);
  const out: string[] = [];
  while (out.length < 50) {
    const org = stored[Math.floor(rnd() * stored.length)]!;
    const kind = rnd();
    if (kind < 0.15 && org.taxCode) {
      out.push(org.taxCode.replace(/\D/g, '').slice(0, 4 + Math.floor(rnd() * 6)));
      continue;
    }
    const words = fold(kind < 0.8 ? org.name : org.address).split(' ');
    const n = 1 + Math.floor(rnd() * 3);
    const at = Math.floor(rnd() * Math.max(1, words.length - n));
    const picked = words.slice(at, at + n);
    if (rnd() < 0.4) picked[picked.length - 1] = picked[picked.length - 1]!.slice(0, Math.max(2, picked[picked.length - 1]!.length - 2));
    out.push(picked.join(' '));
  }
  return out;
}

/** p50 and p95 of the list's full query (search + filter counts) over 50 searches. */
export function registrySearch(seed: number): { p50: number; p95: number; hits: number } {
  const times: number[] = [];
  let hits = 0;
  for (const q of searchQueries(seed)) {
    const start = performance.now();
    hits += index.run({ ...BASE, q }, '2026-11-23').rows.length;
    times.push(performance.now() - start);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), hits };
}

/** p95 over 50 filter combinations (commune, kind, status, due, problem), no search text. */
export function registryFilter(seed: number): { p50: number; p95: number } {
  const rnd = lcg(seed);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)]!;
  const times: number[] = [];
  for (let i = 0; i < 50; i++) {
    const q: RegistryQuery = {
      ...BASE,
      commune: rnd() < 0.5 ? pick(COMMUNES) : '',
      kind: rnd() < 0.4 ? pick(['enterprise', 'household', 'cooperative'] as const) : '',
      status: rnd() < 0.5 ? pick(['not_contacted', 'informed', 'issued', 'problem'] as const) : '',
      due: rnd() < 0.3 ? pick(['today', 'overdue'] as const) : '',
      problem: rnd() < 0.15,
    };
    const start = performance.now();
    index.run(q, '2026-11-23');
    times.push(performance.now() - start);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95) };
}
