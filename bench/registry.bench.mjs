// Issue 3 figures: writing, searching, filtering and opening a registry of
// 10,000 and 100,000 organisations, measured in headless Chromium against the
// app's own modules (bench page) and the built app (first screen, heap).
import { median } from './stats.mjs';

const SIZES = [10_000, 100_000];
const RUNS = 5;
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

/** Opens the app in a new tab with `n` stored: time to the first row, then heap once everything is loaded. */
async function openApp(ctx, bench, n) {
  const k = label(n);
  await bench.evaluate((count) => window.bench.registryMake(count), n);
  const context = await ctx.browser.newContext({ viewport: { width: 390, height: 844 } });
  const setup = await context.newPage();
  await setup.goto(`${ctx.appURL}/`);
  await setup.locator('main h1').waitFor();
  await seedApp(bench, setup, n);
  await setup.close();
  const first = [];
  const heap = [];
  for (let i = 0; i < RUNS; i++) {
    const tab = await context.newPage();
    const start = Date.now();
    await tab.goto(`${ctx.appURL}/`);
    await tab.locator('.vlist li').first().waitFor();
    first.push(Date.now() - start);
    await tab.getByText(`${n.toLocaleString('vi-VN')} tổ chức`, { exact: true }).waitFor({ timeout: 60_000 });
    const cdp = await context.newCDPSession(tab);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    heap.push(usedSize / 1024 / 1024);
    await tab.close();
  }
  await context.close();
  console.log(`  ${k}: first screen runs ${first} ms; heap ${heap.map((h) => h.toFixed(1))} MB`);
  return { [`first_screen_ms_${k}`]: median(first), [`heap_mb_${k}`]: median(heap) };
}

export async function run(ctx) {
  const bench = await ctx.browser.newPage();
  await bench.goto(`${ctx.benchURL}/`);
  await bench.waitForFunction(() => window.benchReady);
  const out = {};
  for (const n of SIZES) Object.assign(out, await inPage(bench, n));
  for (const n of SIZES) Object.assign(out, await openApp(ctx, bench, n));
  await bench.close();
  out.naive_insert_100k_runs = naiveRuns(100_000);
  return out;
}
