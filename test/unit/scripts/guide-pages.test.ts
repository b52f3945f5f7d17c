import { describe, expect, it } from 'vitest';
import { escapeHtml, safeUrl } from '../../../scripts/guide-pages/html';
import { renderGuidePage, renderIndexPage } from '../../../scripts/guide-pages/render';
import type { Guide } from '../../../src/content/guides/schema';

const guide: Guide = {
  slug: 'thu',
  title: 'Thử <b>đậm</b> & "ngoặc"',
  audience: 'citizen',
  summary: "Tóm tắt 'đơn'",
  warnings: ['Cẩn thận <script>'],
  prerequisites: ['Thẻ căn cước'],
  steps: [
    { title: 'Bước một', detail: 'Làm A', check: 'Thấy B', problems: [{ problem: 'Lỗi C', fix: 'Sửa D' }] },
    { title: 'Bước hai', detail: 'Làm E', problems: [], unconfirmed: true },
  ],
  sources: [
    { label: 'Công văn', seed: '004_457dff4a86c37e5e.txt' },
    { label: 'Trang', url: 'https://example.gov.vn/a?b=1&c=2' },
  ],
  checkedOn: '2026-11-23',
};

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('leaves Vietnamese text untouched', () => {
    expect(escapeHtml('Định danh điện tử')).toBe('Định danh điện tử');
  });
});

describe('safeUrl', () => {
  it('refuses anything but a web URL', () => {
    expect(() => safeUrl('javascript:alert(1)')).toThrow();
    expect(safeUrl('https://a.vn/?x=1&y=2')).toBe('https://a.vn/?x=1&amp;y=2');
  });
});

describe('renderGuidePage', () => {
  const page = renderGuidePage(guide);

  it('escapes every piece of content', () => {
    expect(page).toContain('Thử &lt;b&gt;đậm&lt;/b&gt; &amp; &quot;ngoặc&quot;');
    expect(page).toContain('Cẩn thận &lt;script&gt;');
    expect(page).not.toMatch(/<script/i);
  });

  it('numbers the steps in an ordered list, with checks, problems and the unconfirmed note', () => {
    const steps = page.slice(page.indexOf('<ol class="steps">'), page.indexOf('</ol>'));
    expect(steps.match(/<h3>/g)).toHaveLength(2);
    expect(steps).toContain('Thấy B');
    expect(steps).toContain('Lỗi C');
    expect(steps.match(/class="unconfirmed"/g)).toHaveLength(1);
  });

  it('has the tap-to-call hotline, sources, the checked date and relative links only', () => {
    expect(page).toContain('href="tel:19000368"');
    expect(page).toContain('1900 0368');
    expect(page).toContain('href="https://example.gov.vn/a?b=1&amp;c=2"');
    expect(page).toContain('004_457dff4a86c37e5e.txt');
    expect(page).toContain('<time datetime="2026-11-23">23/11/2026</time>');
    expect(page).toContain('href="../guide.css"');
    expect(page).not.toMatch(/(href|src)="\/(?!\/)/);
  });
});

describe('renderIndexPage', () => {
  it('links each guide relatively, under its audience', () => {
    const page = renderIndexPage([guide]);
    expect(page).toContain('href="thu/"');
    expect(page).toContain('Cho người dân');
    expect(page).not.toContain('Cho cán bộ');
    expect(page).toContain('href="guide.css"');
  });
});
