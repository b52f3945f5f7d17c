// Screenshots of every app route at phone size (and desktop with --wide), for
// looking at what we build. Usage: node scripts/screenshots.mjs [outDir] [--wide]
// (run `npm run build` first).
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startServer } from './serve.mjs';

const out = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : '/tmp/shots';
const wide = process.argv.includes('--wide');
const ROUTES = ['/', '/to-chuc/moi', '/cam-nang', '/huong-dan/', '/qr', '/quay', '/in', '/tai-lieu', '/tien-do', '/du-lieu', '/them', '/cai-dat', '/hen', '/tra-cuu-nhanh'];

mkdirSync(out, { recursive: true });
const server = await startServer({ port: 4470 });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: wide ? { width: 1280, height: 800 } : { width: 390, height: 844 } });
for (const route of ROUTES) {
  await page.goto(`http://127.0.0.1:4470${route}`);
  await page.waitForTimeout(600);
  const name = route.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'home';
  await page.screenshot({ path: `${out}/${name}${wide ? '-wide' : ''}.png`, fullPage: false });
  console.log(`${out}/${name}.png`);
}
await browser.close();
server.close();
