import type { Page } from '@playwright/test';

/** Saves a screenshot for review when SHOTS_DIR is set (e.g. SHOTS_DIR=/tmp/shots-guides); otherwise does nothing. */
export async function shot(page: Page, name: string): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: false });
}
