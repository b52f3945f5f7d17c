// Issue 7 figures: all progress aggregates for 100,000 organisations across 50
// communes (target ≤ 150 ms), and compute + first render of the dashboard page.
import { median } from './stats.mjs';

const RUNS = 7;

export async function run({ browser, benchURL }) {
  const page = await browser.newPage();
  await page.goto(`${benchURL}/`);
  await page.waitForFunction(() => window.benchReady === true);
  await page.evaluate(() => window.bench.progressSeed(100_000, 50));
  await page.evaluate(() => window.bench.progressCompute()); // warm-up: JIT, not measured
  const compute = [];
  for (let i = 0; i < RUNS; i++) compute.push(await page.evaluate(() => window.bench.progressCompute()));
  await page.evaluate(() => window.bench.progressRenderDashboard());
  const render = [];
  for (let i = 0; i < RUNS; i++) render.push(await page.evaluate(() => window.bench.progressRenderDashboard()));
  await page.close();
  return { progress_all_communes_ms_100k: median(compute), dashboard_render_ms_100k: median(render) };
}
