// `npm test`: every suite in order, stopping at the first failure, then one
// plain closing line "N passed, N failed" with the totals CI reads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertChromium } from './chromium.mjs';

const reports = mkdtempSync(join(tmpdir(), 'eid-test-'));
let passed = 0;
let failed = 0;

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

/** A step that is one check (typecheck, lint, build). */
function step(label, command, args) {
  if (run(label, command, args)) passed++;
  else finish(label, 1);
}

function vitestSuite(label, args) {
  const out = join(reports, `${label}.json`);
  const ok = run(label, 'npx', ['vitest', 'run', ...args, '--reporter=default', '--reporter=json', `--outputFile.json=${out}`]);
  try {
    const r = JSON.parse(readFileSync(out, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests + (ok || r.numFailedTests > 0 ? 0 : 1);
  } catch {
    failed++;
  }
  if (!ok) finish(label);
}

function e2eSuite() {
  try {
    assertChromium();
  } catch (error) {
    console.error(`\n✖ ${error.message}`);
    finish('e2e', 1);
  }
  const out = join(reports, 'e2e.json');
  const ok = run('end-to-end (Playwright, Chromium)', 'npx', ['playwright', 'test', '-c', 'test/e2e/playwright.config.ts'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: out,
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

step('generate data', 'node', ['scripts/gen-data.mjs']);
step('typecheck (page, service worker)', 'npm', ['run', '--silent', 'typecheck']);
step('lint (biome)', 'npm', ['run', '--silent', 'lint']);
vitestSuite('unit+components', []);
step('production build', 'npx', ['vite', 'build', '--logLevel', 'warn']);
vitestSuite('build-assertions', ['--config', 'test/build/vitest.config.ts']);
e2eSuite();
finish();
