import { describe, expect, it } from 'vitest';
import { guideBySlug, guides, publicGuides } from '../../../../src/content/guides';
import type { Guide } from '../../../../src/content/guides/schema';
import { guideProblems } from '../../../../src/content/guides/validate';

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

  it('cite every seed letter by its type, number, date and issuer', () => {
    for (const source of guides.flatMap((g) => g.sources).filter((s) => s.seed)) expect(source.letter, source.seed).toBeDefined();
  });

  it('keep the printed slug xu-ly-su-co for citizens and give organisations their own page', () => {
    expect(guideBySlug('xu-ly-su-co')?.audience).toBe('citizen');
    expect(guideBySlug('xu-ly-su-co-to-chuc')?.audience).toBe('organisation');
  });

  it('cover the questions asked daily at counters', () => {
    for (const slug of [
      'viec-cua-xa-phuong',
      'ho-kinh-doanh',
      'co-quan-don-vi-su-nghiep',
      'chi-nhanh-van-phong-dai-dien',
      'mat-dien-thoai-khoa-tai-khoan',
      'vneid-muc-2-dung-de-lam-gi',
    ])
      expect(guideBySlug(slug), slug).toBeDefined();
  });

  it('flag the linking steps that use the old portal account, with the hotline and the shortcut', () => {
    const link = guideBySlug('lien-ket-tai-khoan-dvcqg')!;
    expect(link.steps.slice(0, 4).every((s) => s.unconfirmed)).toBe(true);
    expect(link.steps[0]!.problems.map((p) => p.fix).join(' ')).toContain('1900 0368');
    expect(link.steps[1]!.check).toContain('sang ngay bước 5');
  });
});

/** What a reader of the public page sees of a guide (the staff note and sources aside). */
const readerText = (g: Guide) =>
  [g.title, g.summary, ...(g.warnings ?? []), ...g.prerequisites, ...g.steps.flatMap((s) => [s.title, s.detail, s.check ?? '', ...s.problems.flatMap((p) => [p.problem, p.fix])])].join('\n');

describe('public wording', () => {
  it.each(publicGuides)('$slug says the 1900 number is charged wherever it gives it', (g) => {
    const text = readerText(g);
    expect(text.match(/1900 0368/g)?.length ?? 0).toBe(text.match(/1900 0368 \(có tính cước\)/g)?.length ?? 0);
  });

  it.each(publicGuides)('$slug mentions “press 4” only for changing a phone number', (g) => {
    for (const line of readerText(g).split('\n').filter((l) => l.includes('phím 4'))) expect(line).toMatch(/đổi số/i);
  });

  it.each(publicGuides.filter((g) => g.audience === 'citizen'))('$slug addresses the reader as “bạn”', (g) => {
    expect(readerText(g)).not.toMatch(/người dân|người nộp/i);
  });

  it.each(publicGuides)('$slug explains OTP and NFC where it uses them', (g) => {
    for (const step of g.steps) {
      if (/\bOTP\b/.test(step.detail)) expect(step.detail, step.title).toMatch(/tin nhắn/);
      if (/\bNFC\b/.test(step.detail)) expect(step.detail, step.title).toMatch(/mặt sau điện thoại/);
    }
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
