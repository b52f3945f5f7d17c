import { describe, expect, it } from 'vitest';
import { guides } from '../../../../src/content/guides';
import { documentTarget, guideTarget, selectedKeys, selectionOf } from '../../../../src/kits/qr/qr-targets';

const doc = { id: 'abc', title: 'Hướng dẫn liên kết tài khoản — Bình Dương', url: 'https://a.vn/x', note: '', publisher: 'Sở TT&TT', official: true, updatedAt: 0 };

describe('QR targets', () => {
  it('points a guide to its public page under the base and numbers its first three steps', () => {
    const step = guides[0]!.steps[0]!;
    const steps = ['Mở VNeID', 'Chọn “Định danh tổ chức”', 'Xác nhận', 'Gửi yêu cầu'].map((title) => ({ ...step, title }));
    const guide = { ...guides[0]!, slug: 'thu-nghiem', title: 'Thử nghiệm', steps, situations: undefined, keyRequirement: 'Cần VNeID mức 2' };
    expect(guideTarget(guide, 'https://a.gov.vn/eid/')).toEqual({
      key: 'g:thu-nghiem',
      title: 'Thử nghiệm',
      url: 'https://a.gov.vn/eid/huong-dan/thu-nghiem/',
      lines: ['1. Mở VNeID', '2. Chọn “Định danh tổ chức”', '3. Xác nhận'],
      steps: ['Mở VNeID', 'Chọn “Định danh tổ chức”', 'Xác nhận', 'Gửi yêu cầu'],
      situations: undefined,
      requirement: 'Cần VNeID mức 2',
      fileStem: 'qr-huong-dan-thu-nghiem',
    });
  });

  it('sums up a guide of fewer than three steps instead of numbering them', () => {
    const guide = { ...guides[0]!, summary: 'Tóm tắt ngắn', steps: guides[0]!.steps.slice(0, 2) };
    expect(guideTarget(guide, 'https://a.gov.vn/').lines).toEqual(['Tóm tắt ngắn']);
  });

  it('gives a document an ASCII file name from its Vietnamese title', () => {
    expect(documentTarget(doc)).toEqual({
      key: 'd:abc',
      title: 'Hướng dẫn liên kết tài khoản — Bình Dương',
      url: 'https://a.vn/x',
      lines: ['Sở TT&TT'],
      steps: [],
      fileStem: 'qr-tai-lieu-huong-dan-lien-ket-tai-khoan-binh-duong',
    });
    expect(documentTarget({ ...doc, publisher: '' })?.lines).toEqual([]);
  });

  it('percent-encodes a stored document URL with Vietnamese in path and query, and puts its host in punycode', () => {
    const target = documentTarget({ ...doc, url: 'https://bộcôngan.vn/tài liệu?q=định danh' });
    expect(target?.url).toBe('https://xn--bcngan-jxa6332d.vn/t%C3%A0i%20li%E1%BB%87u?q=%C4%91%E1%BB%8Bnh%20danh');
  });

  it('gives no code for a stored link that is not a web address', () => {
    expect(documentTarget({ ...doc, url: 'javascript:alert(1)' })).toBeNull();
  });

  it('keeps a document’s staff note off what citizens see', () => {
    const noted = { ...doc, note: 'chưa kiểm tra trực tiếp — hãy mở thử trước khi in' };
    expect(JSON.stringify(documentTarget(noted))).not.toContain('hãy mở thử');
  });

  it('sums up a troubleshooting guide instead of numbering its situations, and carries the key requirement', () => {
    const help = guides.find((g) => g.slug === 'xu-ly-su-co')!;
    expect(guideTarget(help, 'https://a.gov.vn/').lines).toEqual([help.summary]);
    expect(guideTarget(help, 'https://a.gov.vn/').situations).toBe(true);
    expect(guideTarget(guides.find((g) => g.slug === 'dinh-danh-to-chuc')!, 'https://a.gov.vn/').requirement).toBe('Cần VNeID mức 2 của người đại diện');
  });

  it('turns a URL selection into target keys and back', () => {
    const keys = selectedKeys({ g: ['a', 'b', 'c'], d: ['x'] });
    expect(keys).toEqual(['g:a', 'g:b', 'g:c', 'd:x']);
    expect(selectionOf(['d:x', 'g:a', 'g:b'])).toEqual({ g: ['a', 'b'], d: ['x'] });
  });
});
