import { guides } from '../../src/content/guides';
import { decodePng } from './decode-png';
import { expect, test } from './fixtures';

const [first, second] = guides;

test('malformed percent-encoding in a route is "not found", not an endless "Đang mở…"', async ({ page }) => {
  for (const path of ['/to-chuc/%', '/cam-nang/%ZZ', '/to-chuc/%E0%A4%A/sua']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: 'Không tìm thấy trang này.' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Về trang Tổ chức' })).toBeVisible();
  }
});

test('a counter rotation of t=Infinity does not spin', async ({ page }) => {
  await page.goto(`/quay?g=${first!.slug},${second!.slug}&t=Infinity`);
  const position = page.getByText('1 / 2');
  await expect(position).toBeVisible();
  // Counts changes of the shown code over 30 frames: a 0 ms rotation changes it at every task.
  const changes = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let n = 0;
        const observer = new MutationObserver((records) => (n += records.length));
        observer.observe(document.querySelector('.counter')!, { subtree: true, childList: true, characterData: true });
        let frames = 0;
        const tick = () => {
          if (++frames < 30) return requestAnimationFrame(tick);
          observer.disconnect();
          resolve(n);
        };
        requestAnimationFrame(tick);
      }),
  );
  expect(changes).toBe(0);
  await expect(position).toBeVisible();
});

test('a base URL too long for a QR code says so in Vietnamese on the QR, counter and print pages', async ({ page }) => {
  await page.goto('/cai-dat');
  await page.getByLabel('Địa chỉ công khai dùng trong mã QR').fill(`https://so.example.gov.vn/${'a'.repeat(3000)}`);
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(page.getByText('Đã lưu cài đặt.')).toBeVisible();
  for (const path of [`/qr?g=${first!.slug}`, `/quay?g=${first!.slug}`, `/in?g=${first!.slug}&f=poster`, `/in?g=${first!.slug}&f=flyer`]) {
    await page.goto(path);
    await expect(page.getByText('Đường dẫn quá dài để tạo mã QR').first()).toBeVisible();
  }
});

test('a document URL with Vietnamese characters is percent-encoded in its code on every QR page', async ({ page }) => {
  await page.goto('/tai-lieu');
  await expect(page.getByText('Cổng Dịch vụ công Quốc gia')).toBeVisible();
  // As an old backup or a teammate's file could have stored it: raw Vietnamese in host, path and query.
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('eid-field-kit');
        req.onsuccess = () => {
          const tx = req.result.transaction('documents', 'readwrite');
          tx.objectStore('documents').put({
            id: 'viet',
            title: 'Tài liệu tiếng Việt',
            url: 'https://bộcôngan.vn/tài liệu?q=định danh',
            note: '',
            publisher: '',
            official: false,
            updatedAt: 1,
          });
          tx.oncomplete = () => {
            req.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        req.onerror = () => reject(req.error);
      }),
  );
  const ascii = 'https://xn--bcngan-jxa6332d.vn/t%C3%A0i%20li%E1%BB%87u?q=%C4%91%E1%BB%8Bnh%20danh';
  expect(ascii).toBe(new URL('https://bộcôngan.vn/tài liệu?q=định danh').href);
  await page.goto('/qr?d=viet');
  await expect(page.getByTestId('scan-ok')).toBeVisible();
  await expect(page.getByTestId('short-url')).toHaveText(ascii.replace('https://', ''));
  await page.goto('/quay?d=viet');
  await expect(page.getByTestId('short-url')).toBeVisible();
  expect(decodePng(await page.screenshot())).toBe(ascii);
  await page.goto('/in?d=viet&f=poster');
  await expect(page.getByTestId('scan-ok')).toBeVisible();
});
