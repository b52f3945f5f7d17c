// The first visit's main-thread work measured in thread time (CPU the renderer's main thread used),
// which the load of a shared machine barely moves, unlike the wall time Lighthouse observes.
import { median } from './stats.mjs';

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'loading'];
/** Lighthouse's mobile preset simulates a CPU this many times slower, and counts the part of a task over 50 ms. */
const SLOWDOWN = 4;
const BLOCKING_MS = 50;

async function traceFirstVisit(browser, url) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES } });
  await page.goto(url);
  await page.getByRole('button', { name: 'Dùng dữ liệu mẫu' }).waitFor();
  await page.waitForTimeout(1000);
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.end');
  await complete;
  await context.close();
  return events;
}

/** Main-thread CPU of the first visit to the empty app (until its welcome shows, plus 1 s), and Lighthouse's TBT rule applied to it. */
function measure(events) {
  const fcp = events.find((e) => e.name === 'firstContentfulPaint');
  const main = events.find((e) => e.name === 'thread_name' && e.pid === fcp.pid && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  // A task that evaluates a script without a URL runs a DevTools command: Playwright's own
  // script when the bench waits for the welcome (~20–40 ms), not the app's (modules with URLs).
  const harness = onMain.filter((e) => e.name === 'EvaluateScript' && !e.args?.data?.url);
  const byHarness = (t) => harness.some((h) => h.ts >= t.ts && h.ts < t.ts + t.dur);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && !byHarness(e));
  const cpu = (t) => (t.tdur ?? t.dur) / 1000;
  return {
    cpuMs: tasks.reduce((sum, t) => sum + cpu(t), 0),
    blockingX4Ms: tasks.filter((t) => t.ts >= fcp.ts).reduce((sum, t) => sum + Math.max(0, SLOWDOWN * cpu(t) - BLOCKING_MS), 0),
  };
}

export async function startupCpu({ browser, appURL }, runs = 5) {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(measure(await traceFirstVisit(browser, `${appURL}/`)));
  return {
    first_visit_main_thread_cpu_ms: Math.round(median(results.map((r) => r.cpuMs))),
    first_visit_blocking_x4_ms: Math.round(median(results.map((r) => r.blockingX4Ms))),
  };
}
