import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';

const DIST = 'dist';

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [relative(DIST, path)];
  });
}

function precachedUrls(): string[] {
  const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
  return [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
}

describe('dist/', () => {
  const files = walk(DIST);

  it('has a service worker with a precache manifest', () => {
    expect(existsSync(join(DIST, 'sw.js'))).toBe(true);
    expect(precachedUrls()).toContain('index.html');
  });

  it('lists each URL once (a duplicate with another revision makes the worker fail to install)', () => {
    const urls = precachedUrls();
    expect(urls.length).toBe(new Set(urls).size);
  });

  it('precaches every JS and CSS chunk, lazy ones included, and every HTML page', () => {
    const precached = new Set(precachedUrls());
    const needed = files.filter((f) => /\.(js|css|html)$/.test(f) && f !== 'sw.js');
    expect(needed.length).toBeGreaterThan(3);
    expect(needed.filter((f) => !precached.has(f))).toEqual([]);
  });

  it('ships no source maps and no test files', () => {
    expect(files.filter((f) => f.endsWith('.map'))).toEqual([]);
    expect(files.filter((f) => /(\.test\.|\.spec\.|(^|\/)test\/)/.test(f))).toEqual([]);
  });

  it('keeps the initial JavaScript (the entry and what index.html preloads) within 80 KB gzip (DESIGN §8)', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    // Level 9, as the bench measures it (bundle_initial_js_gz_bytes).
    const bytes = scripts.reduce((sum, f) => sum + gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length, 0);
    expect(bytes).toBeLessThanOrEqual(80 * 1024);
  });

  it('keeps every precached file under Workbox’s 2 MiB limit', () => {
    const big = files.filter((f) => statSync(join(DIST, f)).size > 2 * 1024 * 1024);
    expect(big).toEqual([]);
  });

  it('has a valid Vietnamese web app manifest with generated icons', () => {
    const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'));
    expect(manifest.name).toBe('Sổ tay định danh điện tử');
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.lang).toBe('vi');
    expect(manifest.display).toBe('standalone');
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    const icons: { src: string; sizes: string; purpose?: string }[] = manifest.icons;
    for (const size of ['192x192', '512x512']) expect(icons.some((i) => i.sizes === size)).toBe(true);
    expect(icons.some((i) => i.purpose === 'maskable')).toBe(true);
    for (const icon of icons) expect(existsSync(join(DIST, icon.src)), icon.src).toBe(true);
  });

  it('has no inline script in index.html and a CSP meta', () => {
    const html = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(html).toContain('Content-Security-Policy');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).toContain('lang="vi"');
  });
});
