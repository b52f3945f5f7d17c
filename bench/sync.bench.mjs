// Issue 14 figures: team sync against `npm run sync-server` (the CouchDB
// replication protocol on LevelDB), each phone a fresh Chromium profile (browser
// context) on the built app served with `--sync`, as in test/e2e/sync.spec.ts.
// - sync_initial_10k_ms: a fresh profile joins a commune database that already
//   holds 10,000 organisations → all 10,000 in the registry list (target ≤ 30 s);
// - sync_edit_roundtrip_ms: a status change on A → shown on B, both online,
//   median of 20 (target ≤ 2 s);
// - sync_chunk_gz_bytes: the lazy sync code (the chunks only the module importing
//   pouchdb-browser brings, beyond the initial app), gzip.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SyncServer } from '../scripts/sync-server-harness.mjs';
import { median } from './stats.mjs';

const RECORDS = 10_000;
const INITIAL_RUNS = 3;
const EDITS = 20;
const DB = 'xa-bench';
const USERS = { lan: 'mat-khau-lan', mai: 'mat-khau-mai' };
const SEED_BATCH = 1_000;

const gz = (file) => gzipSync(readFileSync(join('dist', file)), { level: 9 }).length;

/** Every manifest key reached from `key` through static imports. */
function closure(manifest, key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const next of manifest[key]?.imports ?? []) closure(manifest, next, seen);
  return seen;
}

/** The lazy sync code: what the modules importing pouchdb-browser load beyond the initial app (dist/.vite/manifest.json). */
function syncChunkBytes() {
  const manifest = JSON.parse(readFileSync('dist/.vite/manifest.json', 'utf8'));
  const importers = readdirSync('src', { recursive: true })
    .filter((f) => /\.tsx?$/.test(f) && /from 'pouchdb-browser'/.test(readFileSync(join('src', f), 'utf8')))
    .map((f) => `src/${f}`);
  if (importers.length === 0 || importers.some((f) => !manifest[f]?.isDynamicEntry)) throw new Error(`pouchdb-browser is not only in lazy chunks: ${importers}`);
  const initial = closure(manifest, 'index.html');
  const lazy = new Set(importers.flatMap((f) => [...closure(manifest, f)]).filter((k) => !initial.has(k)));
  const files = [...lazy].map((k) => manifest[k].file);
  console.log(`  lazy sync chunks: ${files.map((f) => `${f} ${gz(f)} B`).join(', ')}`);
  return files.reduce((sum, f) => sum + gz(f), 0);
}

/** The commune database with RECORDS organisations, written by the server admin with `_bulk_docs`. */
async function seed(server, ctx) {
  await server.createTeam(DB, USERS);
  const bench = await ctx.browser.newPage();
  await bench.goto(`${ctx.benchURL}/`);
  await bench.waitForFunction(() => window.benchReady);
  await bench.evaluate((n) => window.bench.syncMakeDocs(n), RECORDS);
  let idle;
  for (let from = 0; from < RECORDS; from += SEED_BATCH) {
    const docs = await bench.evaluate(([a, b]) => window.bench.syncDocs(a, b), [from, from + SEED_BATCH]);
    await server.admin('POST', `/${DB}/_bulk_docs`, { docs });
    idle ??= docs.find((d) => d.org.status === 'not_contacted')._id.slice('org:'.length);
  }
  await bench.close();
  return idle;
}

/**
 * Starts watching, in the page, for `selector` to match an element whose text is
 * `text` (or, with no text, any element), and resolves once the watch is set up;
 * `seenAt(page)` then gives the page's clock at that DOM change. A mutation
 * observer, so the time is the change's, not a polling interval's.
 */
function watch(page, selector, text = null) {
  return page.evaluate(
    ([sel, want]) => {
      window.__seen = new Promise((resolve) => {
        const found = () => [...document.querySelectorAll(sel)].some((el) => want === null || el.textContent === want);
        const observer = new MutationObserver(() => {
          if (!found()) return;
          observer.disconnect();
          resolve(Date.now());
        });
        observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
        if (found()) {
          observer.disconnect();
          resolve(Date.now());
        }
      });
    },
    [selector, text],
  );
}

const seenAt = (page) => page.evaluate(() => window.__seen);

/** Clicks `selector` inside the page and returns the page's clock at the click. */
const clickAt = (page, selector) =>
  page.evaluate((sel) => {
    const at = Date.now();
    document.querySelector(sel).click();
    return at;
  }, selector);

/** A fresh profile opens the join link, logs in and opens the registry: ms from "Kết nối" to every record listed. */
async function joinFresh(ctx, server, user) {
  const context = await ctx.browser.newContext({ baseURL: server.appOrigin, viewport: { width: 390, height: 844 }, locale: 'vi-VN' });
  const page = await context.newPage();
  await page.goto(server.joinPath(DB));
  await page.getByLabel('Tên đăng nhập').fill(user);
  await page.getByLabel('Mật khẩu').fill(USERS[user]);
  const start = await clickAt(page, 'form:has(#team-password) button[type=submit]');
  await page.waitForURL(/\/nhom$/, { timeout: 60_000 });
  await clickAt(page, 'a.top__title');
  await watch(page, '.registry__count p', `${RECORDS.toLocaleString('vi-VN')} tổ chức`);
  return { context, page, ms: (await seenAt(page)) - start };
}

/** EDITS status changes on A (back and forth between two statuses) → each shown on B: ms from A's click to B's screen. */
async function roundTrips(a, b, id) {
  for (const page of [a, b]) {
    await page.goto(`/to-chuc/${encodeURIComponent(id)}`);
    await page.locator('.detail__status .status--not_contacted').waitFor({ timeout: 60_000 });
  }
  const times = [];
  for (let i = 0; i < EDITS; i++) {
    const to = i % 2 === 0 ? 'informed' : 'not_contacted';
    await a.locator('#next-status').selectOption(to);
    await watch(b, `.detail__status .status--${to}`);
    const start = await clickAt(a, 'form.status-form button[type=submit]');
    times.push((await seenAt(b)) - start);
    await a.locator(`.detail__status .status--${to}`).waitFor();
  }
  return times;
}

/** Parts of this bench, chosen with `npm run bench -- sync:initial,roundtrip,chunk` (all when none is named). */
export const PARTS = ['initial', 'roundtrip', 'chunk'];

export async function run(ctx) {
  const want = (part) => !ctx.parts || ctx.parts.includes(part);
  const out = {};
  if (want('chunk')) out.sync_chunk_gz_bytes = syncChunkBytes();
  if (!want('initial') && !want('roundtrip')) return out;
  const server = new SyncServer();
  await server.start();
  const phones = [];
  try {
    const idle = await seed(server, ctx);
    if (want('initial')) {
      const runs = [];
      for (let i = 0; i < INITIAL_RUNS; i++) {
        const phone = await joinFresh(ctx, server, 'lan');
        runs.push(phone.ms);
        // The last one stays as phone A of the round trips; the others are closed at once, as their sync keeps running.
        if (i === INITIAL_RUNS - 1) phones.push(phone);
        else await phone.context.close();
      }
      console.log(`  initial sync of ${RECORDS}: runs ${runs} ms`);
      out.sync_initial_10k_ms = median(runs);
    }
    if (want('roundtrip')) {
      if (phones.length === 0) phones.push(await joinFresh(ctx, server, 'lan'));
      phones.push(await joinFresh(ctx, server, 'mai'));
      const times = await roundTrips(phones[0].page, phones[1].page, idle);
      console.log(`  edit round trip A → B: ${times} ms`);
      out.sync_edit_roundtrip_ms = median(times);
    }
  } finally {
    for (const phone of phones) await phone.context.close();
    await server.stop();
  }
  return out;
}
