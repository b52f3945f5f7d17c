// `npm test`: every suite, stopping at the first failure, then one plain closing
// line "N passed, N failed" with the totals CI reads.
// On two cores the single-threaded typecheck runs beside the builds (their output
// is printed once they are done). The unit tests and the end-to-end tests each run
// alone: their property tests and browsers are the steps that need the whole machine.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertChromium } from './chromium.mjs';

const reports = mkdtempSync(join(tmpdir(), 'eid-test-'));
let passed = 0;
let failed = 0;

/** Runs a command; with `buffer`, its output is kept and handed back instead of shown as it comes. */
function run(label, command, args, { env = {}, buffer = false } = {}) {
  return new Promise((resolve) => {
    let output = `\n▶ ${label}\n`;
    if (!buffer) process.stdout.write(output);
    const child = spawn(command, args, { stdio: buffer ? ['ignore', 'pipe', 'pipe'] : 'inherit', env: { ...process.env, ...env } });
    if (buffer) {
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
    }
    child.on('close', (code) => resolve({ ok: code === 0, output }));
  });
}

/** A step that is one check (typecheck, lint, build); resolves with whether it passed and any kept output. */
async function step(label, command, args, options) {
  const result = await run(label, command, args, options);
  if (result.ok) passed++;
  else failed++;
  return result;
}

async function vitestSuite(label, args, options) {
  const out = join(reports, `${label}.json`);
  const result = await run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`], options);
  try {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests + (result.ok || r.numFailedTests > 0 ? 0 : 1);
  } catch {
    failed++;
  }
  return result;
}

async function e2eSuite() {
  try {
    assertChromium();
  } catch (error) {
    console.error(`\n✖ ${error.message}`);
    finish('e2e', 1);
  }
  const out = join(reports, 'e2e.json');
  const { ok } = await run('end-to-end (Playwright, Chromium)', 'npx', ['playwright', 'test', '-c', 'test/e2e/playwright.config.ts'], {
    env: { PLAYWRIGHT_JSON_OUTPUT_NAME: out, E2E_DIST_V2_BUILT: '1' },
  });
  try {
    const { stats } = JSON.parse(readFileSync(out, 'utf8'));
    passed += stats.expected + stats.flaky;
    failed += stats.unexpected + (ok || stats.unexpected > 0 ? 0 : 1);
  } catch {
    failed++;
  }
  if (!ok) finish('e2e');
}

function finish(where, extraFailures = 0) {
  failed += extraFailures;
  if (where) console.error(`\n✖ stopped at: ${where}`);
  console.log(`\n${passed} passed, ${failed} failed`);
  process.exit(failed > 0 || where ? 1 : 0);
}

/** Typecheck then lint, stopping at the first failure; resolves with the failed step's label, or null. */
async function checks() {
  for (const [label, script] of [['typecheck (page, service worker)', 'typecheck'], ['lint (biome)', 'lint']]) {
    if (!(await step(label, 'npm', ['run', '--silent', script])).ok) return label;
  }
  return null;
}

/** The production build, its assertions and the second build for the update test, output kept for later; resolves with the output and the failed step's label, or null. */
async function builds() {
  const buffer = { buffer: true };
  let output = '';
  const steps = [
    ['production build', () => step('production build', 'npx', ['vite', 'build', '--logLevel', 'warn'], buffer)],
    ['build-assertions', () => vitestSuite('build-assertions', ['--config', 'test/build/vitest.config.ts'], buffer)],
    ['second build for the update test (dist-v2)', () => step('second build for the update test (dist-v2)', 'node', ['scripts/build-v2.mjs'], buffer)],
  ];
  for (const [label, go] of steps) {
    const result = await go();
    output += result.output;
    if (!result.ok) return { output, failedAt: label };
  }
  return { output, failedAt: null };
}

if (!(await step('generate data', 'node', ['scripts/gen-data.mjs'])).ok) finish('generate data');
const [checksFailed, built] = await Promise.all([checks(), builds()]);
process.stdout.write(built.output);
if (checksFailed) finish(checksFailed);
if (built.failedAt) finish(built.failedAt);
if (!(await vitestSuite('unit+components', [])).ok) finish('unit+components');
await e2eSuite();
finish();
