import { expect, test } from './fixtures';

for (const granted of [false, true]) {
  test(`after the first save, persistence ${granted ? 'granted' : 'denied'} is shown in Settings`, async ({ page }) => {
    await page.addInitScript((grant) => {
      let persisted = false;
      (window as unknown as { __persistCalls: number }).__persistCalls = 0;
      navigator.storage.persisted = async () => persisted;
      navigator.storage.persist = async () => {
        (window as unknown as { __persistCalls: number }).__persistCalls++;
        persisted = grant;
        return grant;
      };
    }, granted);
    await page.goto('/cai-dat');
    await page.getByLabel('Họ và tên của tôi').fill('Đặng Văn Lâm');
    await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
    await expect(page.getByText('Đã lưu cài đặt.')).toBeVisible();
    await expect(page.getByTestId('persisted-state')).toHaveText(
      granted ? /sẽ không tự xóa dữ liệu/ : /chưa được bảo vệ/,
    );
    expect(await page.evaluate(() => (window as unknown as { __persistCalls: number }).__persistCalls)).toBe(1);
  });
}
