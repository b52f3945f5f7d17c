import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { publicGuides as guides } from '../../src/content/guides';

const DIR = join('dist', 'huong-dan');
const BUDGET = 15 * 1024;
const gzipBytes = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;

const pages = [
  { name: 'huong-dan/index.html', path: join(DIR, 'index.html') },
  ...guides.map((g) => ({ name: `huong-dan/${g.slug}/`, path: join(DIR, g.slug, 'index.html') })),
];

describe('public guide pages in dist/', () => {
  const css = gzipBytes(join(DIR, 'guide.css'));

  it.each(pages)('$name transfers ≤ 15 KB gzip with its stylesheet', ({ name, path }) => {
    const html = gzipBytes(path);
    console.log(`${name}: HTML ${html} B + CSS ${css} B = ${html + css} B gzip`);
    expect(html + css).toBeLessThanOrEqual(BUDGET);
  });

  it.each(pages)('$name has no script, no inline style, no absolute local link, and the hotline', ({ path }) => {
    const html = readFileSync(path, 'utf8');
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<style|\sstyle=/i);
    expect(html).not.toMatch(/(href|src)="\/(?!\/)/);
    expect(html).toContain('href="tel:19000368"');
  });

  it.each(pages)('$name names no seed file', ({ path }) => {
    expect(readFileSync(path, 'utf8')).not.toMatch(/\d{3}_[0-9a-f]{16}\.txt/);
  });
});
