import type { Server } from 'node:http';
import { startServer } from '../../scripts/serve.mjs';
import { expect, test, waitForServiceWorker } from './fixtures';

const PORT = Number(process.env.E2E_UPDATE_PORT ?? 4399);
const ORIGIN = `http://127.0.0.1:${PORT}`;

function close(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

test('a new build is offered in a banner, never forced, and accepting loads it', async ({ page }) => {
  let server = await startServer({ port: PORT, dir: 'dist' });
  try {
    await page.goto(`${ORIGIN}/them`);
    await waitForServiceWorker(page);
    const v1 = await page.getByTestId('app-build').textContent();
    expect(v1).not.toContain('e2e-v2');
    await page.goto(`${ORIGIN}/cai-dat`);
    await page.getByLabel('Họ và tên của tôi').fill('đang gõ dở');

    await close(server);
    server = await startServer({ port: PORT, dir: 'dist-v2' });
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());

    await expect(page.getByText('Đã có phiên bản mới.')).toBeVisible({ timeout: 20_000 });
    // Offered, not forced: the half-typed field is still there.
    await expect(page.getByLabel('Họ và tên của tôi')).toHaveValue('đang gõ dở');

    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Cập nhật ngay' }).click()]);
    await page.goto(`${ORIGIN}/them`);
    await expect(page.getByTestId('app-build')).toContainText('e2e-v2');
  } finally {
    await close(server);
  }
});
