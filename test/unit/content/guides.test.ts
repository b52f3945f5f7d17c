import { describe, expect, it } from 'vitest';
import { guideBySlug, guides } from '../../../src/content/guides';
import type { Guide } from '../../../src/content/guides/schema';
import { guideProblems } from '../../../src/content/guides/validate';

const valid: Guide = {
  slug: 'mau',
  title: 'Mẫu',
  audience: 'citizen',
  summary: 'Tóm tắt',
  prerequisites: [],
  steps: [{ title: 'Bước', detail: 'Chi tiết', problems: [] }],
  sources: [{ label: 'Nguồn', url: 'https://example.gov.vn' }],
  checkedOn: '2026-11-23',
};

describe('built-in guides', () => {
  it('are all publishable: steps, sources, checked date, unique ASCII slugs', () => {
    expect(guideProblems(guides)).toEqual([]);
  });

  it('cover the eight procedures the issue asks for', () => {
    expect(guides.length).toBeGreaterThanOrEqual(8);
    for (const slug of [
      'dang-ky-vneid-muc-1',
      'kich-hoat-tai-khoan-vneid',
      'dang-ky-vneid-muc-2',
      'lien-ket-tai-khoan-dvcqg',
      'dang-nhap-dich-vu-cong-bang-vneid',
      'dinh-danh-to-chuc',
      'sau-khi-duoc-duyet',
      'xu-ly-su-co',
    ]) {
      expect(guideBySlug(slug), slug).toBeDefined();
    }
  });

  it('store Vietnamese text composed (NFC), so search and comparison behave', () => {
    const text = JSON.stringify(guides);
    expect(text).toBe(text.normalize('NFC'));
  });

  it('cite seed letters by their real file names', () => {
    const seeds = guides.flatMap((g) => g.sources.map((s) => s.seed).filter(Boolean));
    expect(seeds.length).toBeGreaterThan(0);
    for (const seed of seeds) expect(seed).toMatch(/^00[0-4]_[0-9a-f]{16}\.txt$/);
  });

  it('put the hotline in the troubleshooting guide', () => {
    expect(JSON.stringify(guideBySlug('xu-ly-su-co'))).toContain('1900 0368');
  });
});

describe('guideProblems', () => {
  it('accepts a valid guide', () => {
    expect(guideProblems([valid])).toEqual([]);
  });

  it.each([
    ['no steps', { ...valid, steps: [] }],
    ['no sources', { ...valid, sources: [] }],
    ['a source with neither URL nor seed', { ...valid, sources: [{ label: 'x' }] }],
    ['no checked date', { ...valid, checkedOn: undefined }],
    ['a malformed checked date', { ...valid, checkedOn: '23/11/2026' }],
    ['a non-ASCII slug', { ...valid, slug: 'hướng-dẫn' }],
    ['a slug with spaces', { ...valid, slug: 'huong dan' }],
    ['an empty step title', { ...valid, steps: [{ title: '', detail: 'x', problems: [] }] }],
  ])('rejects a guide with %s', (_label, guide) => {
    expect(guideProblems([guide]).length).toBeGreaterThan(0);
  });

  it('rejects two guides with the same slug', () => {
    expect(guideProblems([valid, { ...valid, title: 'Khác' }])).toEqual(['mau: slug used twice']);
  });
});
