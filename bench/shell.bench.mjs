// Issue 2 figures: initial JS bytes, precache bytes, cold start offline, Lighthouse (13.x, median of 3);
// issue 16: the first visit's main-thread CPU (thread time), a figure the machine's load moves far less.
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { startupCpu } from './startup-cpu.mjs';
import { median, medianOf } from './stats.mjs';

function gz(path) {
  return gzipSync(readFileSync(path), { level: 9 }).length;
}

/** Entry script plus everything index.html preloads: what a first visit must download before the app runs. */
function initialJsBytes() {
  const html = readFileSync('dist/index.html', 'utf8');
  const urls = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]);
  return urls.reduce((sum, url) => sum + gz(`dist/${url}`), 0);
}

function precacheBytes() {
  const sw = readFileSync('dist/sw.js', 'utf8');
  const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);
  return urls.reduce((sum, url) => sum + statSync(`dist/${url}`).size, 0);
}

async function coldStartMs({ browser, appURL }) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.goto(`${appURL}/`);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  await context.setOffline(true);
  const ms = await medianOf(5, async () => {
    const tab = await context.newPage();
    const start = Date.now();
    await tab.goto(`${appURL}/`);
    await tab.locator('main h1').waitFor();
    const elapsed = Date.now() - start;
    await tab.close();
    return elapsed;
  });
  await context.close();
  return ms;
}

/** The categories the bench reports; the others are not run (Lighthouse 13's SEO audits need Node 22's URL.parse). */
const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices'];
const LIGHTHOUSE_RUNS = 3;

/** Lighthouse 13, mobile preset (its default), a fresh Chromium per run; each score is the median of 3 runs. */
async function lighthouse({ appURL, chromiumPath, chromiumArgs }) {
  const { default: run } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const runs = [];
  for (let i = 0; i < LIGHTHOUSE_RUNS; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: chromiumArgs });
    try {
      const result = await run(`${appURL}/`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: LIGHTHOUSE_CATEGORIES });
      if (result.lhr.runtimeError) throw new Error(`lighthouse: ${result.lhr.runtimeError.message}`);
      const c = result.lhr.categories;
      runs.push({ performance: c.performance.score, accessibility: c.accessibility.score, bestPractices: c['best-practices'].score });
      console.log(`  lighthouse ${result.lhr.lighthouseVersion} run ${i + 1}`, runs.at(-1));
    } finally {
      await chrome.kill();
    }
  }
  const score = (key) => Math.round(median(runs.map((r) => r[key])) * 100);
  return {
    lighthouse_performance: score('performance'),
    lighthouse_accessibility: score('accessibility'),
    lighthouse_best_practices: score('bestPractices'),
  };
}

export const PARTS = ['cold-start', 'startup-cpu', 'lighthouse'];

export async function run(ctx) {
  const want = (part) => !ctx.parts || ctx.parts.includes(part);
  return {
    bundle_initial_js_gz_bytes: initialJsBytes(),
    precache_total_bytes: precacheBytes(),
    ...(want('cold-start') && { cold_start_ms: await coldStartMs(ctx) }),
    ...(want('startup-cpu') && (await startupCpu(ctx))),
    ...(want('lighthouse') && (await lighthouse(ctx))),
  };
}
