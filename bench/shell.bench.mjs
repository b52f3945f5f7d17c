// Issue 2 figures: initial JS bytes, precache bytes, cold start offline, Lighthouse.
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { medianOf } from './stats.mjs';

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

async function lighthouse({ appURL, chromiumPath, chromiumArgs }) {
  const { default: run } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: chromiumArgs });
  try {
    const result = await run(`${appURL}/`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const c = result.lhr.categories;
    return {
      lighthouse_performance: Math.round(c.performance.score * 100),
      lighthouse_accessibility: Math.round(c.accessibility.score * 100),
      lighthouse_best_practices: Math.round(c['best-practices'].score * 100),
    };
  } finally {
    await chrome.kill();
  }
}

export async function run(ctx) {
  return {
    bundle_initial_js_gz_bytes: initialJsBytes(),
    precache_total_bytes: precacheBytes(),
    cold_start_ms: await coldStartMs(ctx),
    ...(await lighthouse(ctx)),
  };
}
