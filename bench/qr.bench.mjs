// Issue 5 figures: QR SVG cost per code, and 100 codes laid out as A4 flyers, in Chromium.
import { medianOf } from './stats.mjs';

export async function run({ browser, benchURL }) {
  const page = await browser.newPage();
  try {
    await page.goto(`${benchURL}/`);
    await page.waitForFunction(() => window.benchReady === true);
    // One warm-up of each, so the figures are steady-state rather than first-JIT.
    await page.evaluate(() => window.bench.qrSvgMsPerCode(20));
    await page.evaluate(() => window.bench.flyer100CodesRenderMs());
    return {
      qr_svg_ms_per_code: await medianOf(7, () => page.evaluate(() => window.bench.qrSvgMsPerCode())),
      flyer_100_codes_render_ms: await medianOf(7, () => page.evaluate(() => window.bench.flyer100CodesRenderMs())),
    };
  } finally {
    await page.close();
  }
}
