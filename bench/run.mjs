// `npm run bench`: runs every bench/*.bench.mjs against the built app in headless
// Chromium, prints a table and writes bench/results.json (a flat object of
// named numbers). Figures only: nothing here passes or fails on time.
// Usage: npm run bench [-- name-filter[:part,part]], e.g. `npm run bench -- registry:edit`
// runs only the edit part of registry.bench.mjs (a bench lists its parts in PARTS).
// BENCH_PORT and BENCH_PAGE_PORT (default BENCH_PORT + 1) pick the two ports.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { assertChromium, CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { startServer } from '../scripts/serve.mjs';

assertChromium();
const [filter = '', parts] = (process.argv[2] ?? '').split(':');
execFileSync('npx', ['vite', 'build', '--config', 'bench/vite.bench.config.ts', '--logLevel', 'warn'], { stdio: 'inherit' });

const APP_PORT = Number(process.env.BENCH_PORT ?? 4480);
const appServer = await startServer({ port: APP_PORT, dir: 'dist' });
const BENCH_PAGE_PORT = Number(process.env.BENCH_PAGE_PORT ?? APP_PORT + 1);
const benchServer = await startServer({ port: BENCH_PAGE_PORT, dir: 'dist-bench' });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const ctx = {
  browser,
  appURL: `http://127.0.0.1:${APP_PORT}`,
  benchURL: `http://127.0.0.1:${BENCH_PAGE_PORT}`,
  chromiumPath: CHROMIUM_PATH,
  chromiumArgs: CHROMIUM_ARGS,
  /** The parts asked for after the colon, or undefined for all of them. */
  parts: parts ? parts.split(',') : undefined,
};

const results = {};
const files = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.mjs') && f.includes(filter))
  .sort();
try {
  for (const file of files) {
    console.log(`▶ ${file}`);
    const mod = await import(new URL(file, import.meta.url));
    Object.assign(results, await mod.run(ctx));
  }
} finally {
  await browser.close();
  appServer.close();
  benchServer.close();
}

// A filtered run updates its own keys and keeps the figures of the benches it did not run.
const resultsFile = new URL('results.json', import.meta.url);
const previous = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
writeFileSync(resultsFile, `${JSON.stringify({ ...previous, ...results }, null, 2)}\n`);
const width = Math.max(...Object.keys(results).map((k) => k.length));
console.log('\nfigure'.padEnd(width + 1), 'value');
for (const [k, v] of Object.entries(results)) console.log(k.padEnd(width), Number.isInteger(v) ? v : v.toFixed(2));
process.exit(0);
