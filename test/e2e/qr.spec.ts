import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { guides } from '../../src/content/guides';
import { decodePng } from './decode-png';
import { expect, test, waitForServiceWorker } from './fixtures';
import { shot } from './shots';

// Screenshots for people to look at; the assertions do not depend on them.
const SHOTS = '/tmp/shots-qr';
mkdirSync(SHOTS, { recursive: true });
const slug = guides[0]!.slug;
const guideUrl = (baseURL: string) => `${baseURL}/huong-dan/${slug}/`;

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
]) {
  test(`counter mode at ${viewport.width}×${viewport.height} shows a code that decodes to the guide URL`, async ({ page, baseURL }) => {
    await page.setViewportSize(viewport);
    await page.goto(`/quay?g=${slug}`);
    await expect(page.getByRole('heading', { name: guides[0]!.title })).toBeVisible();
    await expect(page.getByTestId('wake-state')).not.toBeEmpty();
    const png = await page.screenshot();
    writeFileSync(`${SHOTS}/counter-${viewport.width}x${viewport.height}.png`, png);
    expect(decodePng(png)).toBe(guideUrl(baseURL!));
    await expect(page.getByTestId('short-url')).toHaveText(guideUrl(baseURL!).replace('http://', ''));

    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(/\/qr\?g=/);
  });
}

test('the A4 poster, printed to PDF and rasterised, decodes to the guide URL', async ({ page, baseURL }) => {
  await page.goto(`/in?g=${slug}&f=poster`);
  await expect(page.getByTestId('scan-ok')).toBeVisible();
  // The key prerequisite and a charged hotline are on the sheet, under the code.
  await expect(page.locator('.poster__requirement')).toHaveText('Cần VNeID mức 2 của người đại diện');
  await expect(page.locator('.poster__hotline')).toContainText('(có tính cước)');
  await page.locator('.poster__steps').scrollIntoViewIfNeeded();
  await shot(page, 'poster-preview');
  await expect(page.getByRole('button', { name: 'In', exact: true })).toBeEnabled();
  const dir = mkdtempSync(join(tmpdir(), 'eid-poster-'));
  try {
    writeFileSync(join(dir, 'poster.pdf'), await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    execFileSync('pdftoppm', ['-png', '-r', '100', '-f', '1', '-l', '1', join(dir, 'poster.pdf'), join(dir, 'page')]);
    const png = readFileSync(join(dir, 'page-1.png'));
    writeFileSync(`${SHOTS}/poster-a4.png`, png);
    expect(decodePng(png)).toBe(guideUrl(baseURL!));
    const pages = execFileSync('pdfinfo', [join(dir, 'poster.pdf')], { encoding: 'utf8' });
    expect(pages).toMatch(/Pages:\s+1\b/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the documents form refuses javascript: with a message and saves a valid link', async ({ page }) => {
  await page.goto('/tai-lieu');
  await expect(page.getByText('Cổng Dịch vụ công Quốc gia')).toBeVisible();
  await page.getByRole('button', { name: 'Thêm tài liệu' }).click();
  await page.getByLabel('Tiêu đề').fill('Thử');
  await page.getByLabel('Đường dẫn (http:// hoặc https://)').fill('javascript:alert(1)');
  await expect(page.locator('#doc-url-error')).toContainText('Không nhận đường dẫn “javascript:”');
  await expect(page.getByLabel('Đường dẫn (http:// hoặc https://)')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('status').filter({ hasText: 'Còn 1 ô cần sửa trước khi lưu:' })).toContainText('Đường dẫn (http:// hoặc https://): Không nhận đường dẫn');
  await expect(page.getByRole('button', { name: 'Lưu tài liệu' })).toBeDisabled();
  await shot(page, 'document-errors');

  await page.getByLabel('Đường dẫn (http:// hoặc https://)').fill('https://example.gov.vn/tài liệu');
  await page.getByRole('button', { name: 'Lưu tài liệu' }).click();
  await expect(page.getByText('example.gov.vn/t%C3%A0i%20li%E1%BB%87u')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Đã lưu tài liệu.' })).toBeVisible();
});

test('the QR page warns that a localhost base cannot be opened by citizens, and its code scans back', async ({ page }) => {
  await page.goto(`/qr?g=${slug}`);
  await expect(page.getByTestId('base-warning-localhost')).toBeVisible();
  await expect(page.getByTestId('scan-ok')).toBeVisible();
  await page.getByLabel('Độ bền mã (mức sửa lỗi)').selectOption('H');
  await expect(page.getByTestId('scan-ok')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Tải ảnh PNG' }).click();
  expect((await download).suggestedFilename()).toBe(`qr-huong-dan-${slug}-h.png`);
});

test('counter mode cycles through a set with the arrow keys and works offline', async ({ page, context, baseURL }) => {
  await page.goto('/qr');
  await waitForServiceWorker(page);
  await context.setOffline(true);
  await page.goto(`/quay?g=${slug}&d=dvcqg&t=600`);
  await expect(page.getByRole('heading', { name: guides[0]!.title })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: 'Cổng Dịch vụ công Quốc gia' })).toBeVisible();
  expect(decodePng(await page.screenshot())).toBe('https://dichvucong.gov.vn/');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('heading', { name: guides[0]!.title })).toBeVisible();
  expect(decodePng(await page.screenshot())).toBe(guideUrl(baseURL!));
});

test('a flyer sheet checks every code before printing and has one A4 page per eight codes', async ({ page }) => {
  await page.goto(`/in?g=${slug}&d=dvcqg&f=flyer`);
  await expect(page.getByTestId('scan-ok')).toHaveText(/8 mã/);
  await expect(page.getByText('1 trang A4')).toBeVisible();
  await expect(page.locator('.flyer__cell')).toHaveCount(8);
});

test('a code that does not read back its intended URL is an error and blocks printing', async ({ page }) => {
  await page.goto(`/in?g=${slug}&f=poster`);
  await expect(page.getByTestId('scan-ok')).toBeVisible();
  // Pretend the code was meant for another URL: the drawn modules no longer match it.
  await page.locator('svg[data-qr-url]').evaluate((svg) => svg.setAttribute('data-qr-url', 'https://example.gov.vn/khac/'));
  await page.getByLabel('Độ bền mã (mức sửa lỗi)').selectOption('Q');
  await expect(page.getByRole('alert')).toContainText('Lỗi: 1/1 mã không đọc lại đúng đường dẫn');
  await expect(page.getByRole('alert')).toContainText('https://example.gov.vn/khac/: đọc ra');
  await expect(page.getByRole('button', { name: 'In', exact: true })).toBeDisabled();
});

test('codes use the public base URL from Settings, sub-path included, without warnings', async ({ page }) => {
  await page.goto('/cai-dat');
  await page.getByLabel('Địa chỉ công khai dùng trong mã QR').fill('https://so.example.gov.vn/eid');
  await page.getByRole('button', { name: 'Lưu cài đặt' }).click();
  await expect(page.getByText('Đã lưu cài đặt.')).toBeVisible();
  await page.goto(`/quay?g=${slug}`);
  await expect(page.getByTestId('short-url')).toHaveText(`so.example.gov.vn/eid/huong-dan/${slug}/`);
  await expect(page.locator('.counter__warning')).toHaveCount(0);
  expect(decodePng(await page.screenshot())).toBe(`https://so.example.gov.vn/eid/huong-dan/${slug}/`);
});

test("a document's staff-only note is never shown to citizens: not on the poster, the flyer or the counter screen", async ({ page }) => {
  const doc = 'vneid-huong-dan-dang-ky';
  const staffNote = 'hãy mở thử trước khi in';
  for (const format of ['poster', 'flyer']) {
    await page.goto(`/in?d=${doc}&f=${format}`);
    await expect(page.locator('.sheet').first()).toContainText('Hướng dẫn đăng ký tài khoản VNeID');
    await expect(page.locator('.sheet').first()).not.toContainText(staffNote);
  }
  await page.goto(`/quay?d=${doc}`);
  await expect(page.getByRole('heading', { name: 'Hướng dẫn đăng ký tài khoản VNeID' })).toBeVisible();
  await expect(page.locator('.counter')).not.toContainText(staffNote);
});

test('a troubleshooting poster lists situations, not "key steps"', async ({ page }) => {
  await page.goto('/in?g=xu-ly-su-co&f=poster');
  await expect(page.locator('.poster__steps h3')).toHaveText('Các trường hợp thường gặp');
});
