import { describe, expect, it } from 'vitest';
import { guides } from '../../../../src/content/guides';
import { searchGuides } from '../../../../src/features/guides/search-guides';
import { knownProblems, visitSteps } from '../../../../src/features/visit/visit-steps';

describe('searchGuides', () => {
  it('finds guides without diacritics, title matches first', () => {
    const hits = searchGuides(guides, 'lien ket');
    expect(hits[0]?.slug).toBe('lien-ket-tai-khoan-dvcqg');
  });

  it('needs every word, and searches steps too', () => {
    expect(searchGuides(guides, 'quen mat khau').map((g) => g.slug)).toEqual(['dang-nhap-dich-vu-cong-bang-vneid', 'xu-ly-su-co', 'mat-dien-thoai-khoa-tai-khoan']);
    expect(searchGuides(guides, 'lien ket zzz')).toEqual([]);
  });

  it('returns everything for an empty query', () => {
    expect(searchGuides(guides, '  ')).toHaveLength(guides.length);
  });
});

describe('visitSteps', () => {
  it('walks the chosen guides’ steps in order with stable keys, skipping unknown slugs', () => {
    const steps = visitSteps(['kich-hoat-tai-khoan-vneid', 'khong-co', 'lien-ket-tai-khoan-dvcqg']);
    expect(steps[0]?.key).toBe('kich-hoat-tai-khoan-vneid#1');
    expect(steps.at(-1)?.key).toBe('lien-ket-tai-khoan-dvcqg#5');
    expect(new Set(steps.map((s) => s.key)).size).toBe(steps.length);
  });

  it('lists each known problem once', () => {
    const problems = knownProblems(['dinh-danh-to-chuc', 'dinh-danh-to-chuc']);
    expect(problems).toEqual(knownProblems(['dinh-danh-to-chuc']));
    expect(new Set(problems.map((p) => p.problem)).size).toBe(5);
    expect(problems).toHaveLength(5);
  });
});
