// Issue 3 and 16 figures: writing, searching, filtering, editing and opening a
// registry of 10,000 and 100,000 organisations, measured in headless Chromium
// against the app's own modules (bench page) and the built app (first screen, heap).
import { median } from './stats.mjs';

const SIZES = [10_000, 100_000];
const RUNS = 5;
const EDITS = 20;
/** The naive 100k insert takes about a minute per run: 3 runs there (reported as naive_insert_100k_runs). */
const naiveRuns = (n) => (n >= 100_000 ? 3 : RUNS);
const CHUNK_SIZE = 256;

const label = (n) => (n >= 100_000 ? '100k' : '10k');

async function repeat(times, fn) {
  const out = [];
  for (let i = 0; i < times; i++) out.push(await fn(i));
  return out;
}

async function inPage(bench, n) {
  const k = label(n);
  await bench.evaluate((count) => window.bench.registryMake(count), n);
  const app = await repeat(RUNS, () => bench.evaluate((count) => window.bench.registryInsertApp(count), n));
  const naive = await repeat(naiveRuns(n), () => bench.evaluate((count) => window.bench.registryInsertNaive(count), n));
  console.log(`  ${k}: app insert runs ${app.map(Math.round)} ms; naive ${naive.map(Math.round)} ms`);
  const sortMs = await repeat(RUNS, () => bench.evaluate((count) => window.bench.registryPrepareView(count), n));
  const search = await repeat(RUNS, (i) => bench.evaluate((seed) => window.bench.registrySearch(seed), i + 1));
  const filter = await repeat(RUNS, (i) => bench.evaluate((seed) => window.bench.registryFilter(seed), i + 11));
  return {
    [`insert_${k}_ms`]: median(app),
    [`naive_insert_${k}_ms`]: median(naive),
    [`insert_ratio_vs_naive_${k}`]: median(app) / median(naive),
    [`index_build_${k}_ms`]: median(sortMs),
    [`search_p50_ms_${k}`]: median(search.map((s) => s.p50)),
    [`search_p95_ms_${k}`]: median(search.map((s) => s.p95)),
    [`filter_p95_ms_${k}`]: median(filter.map((f) => f.p95)),
  };
}

/** Puts the bench page's records into the app origin's database, in the app's stored format. */
async function seedApp(bench, page, n) {
  const chunks = Math.ceil(n / CHUNK_SIZE);
  for (let from = 1; from <= chunks; from += 40) {
    const rows = await bench.evaluate(([a, b]) => window.bench.registryStoredChunks(a, b), [from, Math.min(from + 40, chunks + 1)]);
    await page.evaluate(
      (batch) =>
        new Promise((resolve, reject) => {
          const req = indexedDB.open('eid-field-kit');
          req.onsuccess = () => {
            const tx = req.result.transaction('orgChunks', 'readwrite');
            for (const row of batch) tx.objectStore('orgChunks').put(row);
            tx.oncomplete = () => {
              req.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
          req.onerror = () => reject(req.error);
        }),
      rows,
    );
  }
}

/** Time from navigation to the first screen: the first row, or the empty registry's welcome. */
async function firstScreenOnce(context, appURL, n, cpuRate) {
  const tab = await context.newPage();
  if (cpuRate > 1) await (await context.newCDPSession(tab)).send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
  const start = Date.now();
  await tab.goto(`${appURL}/`);
  await tab.locator(n > 0 ? '.vlist li' : '.empty').first().waitFor({ timeout: 60_000 });
  return { tab, ms: Date.now() - start };
}

/**
 * Opens the app in new tabs with `n` stored, after one visit that loaded
 * everything (so the service worker and the first-screen snapshot are there, as
 * for a returning user): time to the first row (or the empty welcome), at full
 * speed and at each extra CPU throttling rate; heap once everything is loaded.
 */
async function openApp(ctx, bench, n, rates) {
  const k = n === 0 ? 'empty' : label(n);
  const context = await ctx.browser.newContext({ viewport: { width: 390, height: 844 } });
  const setup = await context.newPage();
  await setup.goto(`${ctx.appURL}/`);
  await setup.locator('main h1').waitFor();
  if (n > 0) {
    await bench.evaluate((count) => window.bench.registryMake(count), n);
    await seedApp(bench, setup, n);
    await setup.reload();
    await setup.getByText(`${n.toLocaleString('vi-VN')} tổ chức`, { exact: true }).waitFor({ timeout: 120_000 });
  }
  // The snapshot of the first screen is written a moment after the list settles.
  await setup.waitForTimeout(2_000);
  await setup.close();
  const out = {};
  for (const rate of [1, ...rates]) {
    const first = [];
    const heap = [];
    for (let i = 0; i < RUNS; i++) {
      const { tab, ms } = await firstScreenOnce(context, ctx.appURL, n, rate);
      first.push(ms);
      if (n > 0 && rate === 1) {
        await tab.getByText(`${n.toLocaleString('vi-VN')} tổ chức`, { exact: true }).waitFor({ timeout: 60_000 });
        const cdp = await context.newCDPSession(tab);
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = await cdp.send('Runtime.getHeapUsage');
        heap.push(usedSize / 1024 / 1024);
      }
      await tab.close();
    }
    console.log(`  ${k}: first screen at CPU ×${rate}: runs ${first} ms${heap.length ? `; heap ${heap.map((h) => h.toFixed(1))} MB` : ''}`);
    out[rate === 1 ? `first_screen_ms_${k}` : `first_screen_ms_${k}_cpu${rate}x`] = median(first);
    if (heap.length) out[`heap_mb_${k}`] = median(heap);
  }
  await context.close();
  return out;
}

/** Status changes at 100,000 records until the list shows them, against a full index build in the same run. */
async function edits(bench) {
  const n = 100_000;
  await bench.evaluate((count) => window.bench.registryMake(count), n);
  const build = await repeat(RUNS, () => bench.evaluate((count) => window.bench.registryPrepareView(count), n));
  // The edits run with one registry in memory, as in the app, not also the one the builds above were timed on.
  await bench.evaluate(() => window.bench.registryRelease());
  await bench.evaluate((count) => window.bench.editSetup(count), n);
  // The setup's garbage (100,000 records generated, written and indexed) is collected first, as on a phone
  // some time after loading: a collection of it would otherwise land in the first edits' tasks.
  await (await bench.context().newCDPSession(bench)).send('HeapProfiler.collectGarbage');
  const runs = await repeat(EDITS, (i) => bench.evaluate((k) => window.bench.editOnce(k), i + 1));
  console.log(`  100k: edit reflected ${runs.map((r) => Math.round(r.ms))} ms; longest task ${runs.map((r) => Math.round(r.maxBlockMs))} ms; build ${build.map(Math.round)} ms`);
  const reflected = median(runs.map((r) => r.ms));
  return {
    index_build_100k_ms: median(build),
    edit_reflected_ms_100k: reflected,
    edit_vs_rebuild_100k: reflected / median(build),
    edit_max_block_ms_100k: Math.max(...runs.map((r) => r.maxBlockMs)),
  };
}

/** Parts of this bench, chosen with `npm run bench -- registry:edit,first-screen` (all when none is named). */
export const PARTS = ['insert', 'edit', 'first-screen'];

export async function run(ctx) {
  const want = (part) => !ctx.parts || ctx.parts.includes(part);
  const bench = await ctx.browser.newPage();
  await bench.goto(`${ctx.benchURL}/`);
  await bench.waitForFunction(() => window.benchReady);
  const out = {};
  if (want('insert')) {
    for (const n of SIZES) Object.assign(out, await inPage(bench, n));
    out.naive_insert_100k_runs = naiveRuns(100_000);
  }
  if (want('edit')) Object.assign(out, await edits(bench));
  if (want('first-screen')) {
    Object.assign(out, await openApp(ctx, bench, 0, [4]));
    Object.assign(out, await openApp(ctx, bench, 10_000, [4]));
    Object.assign(out, await openApp(ctx, bench, 100_000, []));
    out.first_screen_100k_vs_empty = out.first_screen_ms_100k / out.first_screen_ms_empty;
    out.first_screen_10k_vs_empty_cpu4x = out.first_screen_ms_10k_cpu4x / out.first_screen_ms_empty_cpu4x;
  }
  await bench.close();
  return out;
}
