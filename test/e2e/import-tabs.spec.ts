import type { CDPSession, Page } from '@playwright/test';
import { csvLine, HEADER, makeRow } from '../../scripts/fixture-rows.mjs';
import { COMMIT_SLICE } from '../../src/features/data/import/import-commit';
import { expect, test } from './fixtures';

const ROWS = 10_000;

/**
 * Makes the page's import worker stop in the debugger right after it reports
 * its first saved slice: between two transactions (another tab's reads are not
 * held up), with the import still running and holding its lock. Goes through a
 * non-flat CDP session, as Playwright's own session keeps its worker sessions.
 * `paused` resolves, once it stopped, to a function that resumes it.
 */
async function pauseImportAfterFirstSlice(page: Page): Promise<{ paused: Promise<() => Promise<void>> }> {
  const cdp: CDPSession = await page.context().newCDPSession(page);
  let sessionId = '';
  let id = 0;
  const send = (method: string, params: object = {}) => cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id: ++id, method, params }) });
  const attached = new Promise<string>((resolve) => cdp.on('Target.attachedToTarget', (e) => e.targetInfo.type === 'worker' && resolve(e.sessionId)));
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  sessionId = await attached;
  const paused = new Promise<void>((resolve) => cdp.on('Target.receivedMessageFromTarget', (e) => e.message.includes('"Debugger.paused"') && resolve()));
  await send('Debugger.enable');
  await send('Runtime.evaluate', {
    expression: `{ const post = self.postMessage.bind(self); let once = true;
      self.postMessage = (m) => { post(m); if (m.type === 'progress' && once) { once = false; debugger; } }; }`,
  });
  const resume = async () => {
    await send('Debugger.resume');
    await cdp.detach();
  };
  return { paused: paused.then(() => resume) };
}

test('an import running in another tab is shown as running there, without undo, until it finishes', async ({ page, context }) => {
  const rows = Array.from({ length: ROWS }, (_, i) => csvLine(makeRow(i)));
  await page.goto('/du-lieu');
  await page.getByTestId('import-file').setInputFiles({ name: 'lon.csv', mimeType: 'text/csv', buffer: Buffer.from(`${csvLine(HEADER)}\r\n${rows.join('\r\n')}\r\n`) });
  await expect(page.locator('[data-count="importable"] dd')).toHaveText('10.000', { timeout: 30_000 });
  const { paused } = await pauseImportAfterFirstSlice(page);
  await page.getByRole('button', { name: /^Nhập .* dòng vào sổ$/ }).click();
  const resume = await paused;
  await expect(page.getByTestId('import-progress')).toContainText(`Đang lưu ${COMMIT_SLICE.toLocaleString('vi-VN')} /`);

  const other = await context.newPage();
  await other.goto('/du-lieu');
  const batch = other.getByTestId('import-history').locator('li');
  await expect(batch).toHaveAttribute('data-state', 'elsewhere');
  await expect(batch).toContainText('đang nhập ở cửa sổ khác: thêm');
  await expect(other.getByRole('button', { name: 'Hoàn tác lần nhập này' })).toHaveCount(0);
  await expect(page.getByTestId('import-result')).toHaveCount(0);

  await resume();
  await expect(page.getByTestId('import-result')).toContainText('Đã nhập', { timeout: 30_000 });
  await expect(batch).toHaveAttribute('data-state', 'done');
  await expect(batch).toContainText('hoàn tất: thêm 10.000');
  await expect(other.getByRole('button', { name: 'Hoàn tác lần nhập này' })).toBeVisible();
  await other.close();
});
