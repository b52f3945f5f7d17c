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
    {
      label: 'đẩy mạnh đăng ký',
      letter: { type: 'Công văn', number: '7218/UBND-TĐKT', date: '09/6/2025', issuer: 'UBND thành phố Huế' },
      seed: '001_cf47cc067950d83e.txt',
    },
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

  it('has the tap-to-call hotline after the steps, saying it is charged', () => {
    const call = page.indexOf('href="tel:19000368"');
    expect(call).toBeGreaterThan(page.indexOf('</ol>'));
    expect(page).toContain('Gọi tổng đài 1900 0368</a> <span>(có tính cước)</span>');
  });

  it('cites a letter by type, number, date and issuer, never by its seed file name', () => {
    expect(page).toContain('<li>Công văn 7218/UBND-TĐKT ngày 09/6/2025 của UBND thành phố Huế: đẩy mạnh đăng ký</li>');
    expect(page).not.toContain('001_cf47cc067950d83e');
  });

  it('heads a troubleshooting page "Các trường hợp thường gặp" instead of steps', () => {
    expect(page).toContain('<h2>Các bước</h2>');
    expect(renderGuidePage({ ...guide, situations: true })).toContain('<h2>Các trường hợp thường gặp</h2>');
  });

  it('never shows the staff note', () => {
    expect(renderGuidePage({ ...guide, staffNote: 'Chỉ cho cán bộ' })).not.toContain('Chỉ cho cán bộ');
  });

  it('has sources, the checked date and relative links only', () => {
    expect(page).toContain('href="https://example.gov.vn/a?b=1&amp;c=2"');
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
    expect(page).not.toContain('Cho cơ quan');
    expect(page).toContain('href="guide.css"');
  });
});
