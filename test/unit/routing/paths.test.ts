import { describe, expect, it } from 'vitest';
import { matchRoute } from '../../../src/app/routes';
import { parseRegistryQuery } from '../../../src/domain/registry-query';
import { DEFAULT_EC, EC_LEVELS } from '../../../src/kits/qr/qr-matrix';
import { PATTERNS, paths } from '../../../src/routing/paths';
import { EC_PARAM_VALUES, parseCounterQuery, parseFollowUpsQuery, parseGuidesQuery, parsePrintQuery, parseQrQuery } from '../../../src/routing/queries';

/** The route a built URL lands on, its params and its query, as the router hands them to the page. */
function open(url: string) {
  const [path, search = ''] = url.split('?');
  const match = matchRoute(path!);
  return { pattern: match?.route.pattern, params: match?.params, query: new URLSearchParams(search) };
}

const UUID = '3f2b8c1e-6a4d-4e1f-9b7a-0c5d2e8f1a3b';

describe('paths', () => {
  // Bookmarks and printed QR codes hold these exact strings: a change here breaks them.
  it('builds the same URLs as always', () => {
    expect(paths.registry()).toBe('/');
    expect(paths.orgNew()).toBe('/to-chuc/moi');
    expect(paths.org(UUID)).toBe(`/to-chuc/${UUID}`);
    expect(paths.org('a b/ç')).toBe('/to-chuc/a%20b%2F%C3%A7');
    expect(paths.orgEdit(UUID)).toBe(`/to-chuc/${UUID}/sua`);
    expect(paths.visit(UUID)).toBe(`/to-chuc/${UUID}/tham`);
    expect(paths.more()).toBe('/them');
    expect(paths.progress()).toBe('/tien-do');
    expect(paths.report()).toBe('/tien-do/bao-cao');
    expect(paths.rollup()).toBe('/tien-do/tinh');
    expect(paths.rollupReport()).toBe('/tien-do/tinh/bao-cao');
    expect(paths.settings()).toBe('/cai-dat');
    expect(paths.guides()).toBe('/cam-nang');
    expect(paths.guide('dinh-danh-to-chuc')).toBe('/cam-nang/dinh-danh-to-chuc');
    expect(paths.quickRef()).toBe('/tra-cuu-nhanh');
    expect(paths.followUps()).toBe('/hen');
    expect(paths.followUps('2026-12-01')).toBe('/hen?ngay=2026-12-01');
    expect(paths.documents()).toBe('/tai-lieu');
    expect(paths.data()).toBe('/du-lieu');
    expect(paths.publicGuides()).toBe('/huong-dan/');
    expect(paths.publicGuide('dinh-danh-to-chuc')).toBe('/huong-dan/dinh-danh-to-chuc/');
  });

  it('writes QR selections with bare commas, guides before documents', () => {
    expect(paths.qr()).toBe('/qr');
    expect(paths.qr({ g: ['dinh-danh-to-chuc'] })).toBe('/qr?g=dinh-danh-to-chuc');
    expect(paths.qr({ d: [UUID] })).toBe(`/qr?d=${UUID}`);
    expect(paths.counter()).toBe('/quay');
    expect(paths.counter({ g: ['a', 'b'], d: ['x'], t: 15 })).toBe('/quay?g=a,b&d=x&t=15');
    expect(paths.counter({ g: ['a'], d: [], t: 20, ec: 'H' })).toBe('/quay?g=a&t=20&ec=H');
    expect(paths.counter({ g: ['a'], d: [], ec: 'M' })).toBe('/quay?g=a&ec=M');
    expect(paths.print({ g: ['a'], d: ['x', 'y'], ec: 'Q' })).toBe('/in?g=a&d=x,y&ec=Q');
    expect(paths.print({ g: ['a'], f: 'flyer', n: 8, ec: 'M' })).toBe('/in?g=a&f=flyer&n=8&ec=M');
    expect(paths.qr({ d: ['tài liệu,1'] })).toBe('/qr?d=t%C3%A0i+li%E1%BB%87u%2C1');
  });

  it('writes a registry query with its short parameter names', () => {
    expect(paths.registry({ q: 'hòa bình', commune: '26734', status: 'problem', problem: true, sort: 'updated' })).toBe(
      '/?q=h%C3%B2a+b%C3%ACnh&xa=26734&tt=problem&vuong=1&xep=updated',
    );
    expect(paths.data({ q: 'fpt', kind: 'enterprise', sort: 'name' })).toBe('/du-lieu?q=fpt&loai=enterprise');
    expect(paths.registry({ mine: true, status: 'guided' })).toBe('/?toi=1&tt=guided');
  });

  it('lands every builder on its route with its params', () => {
    const cases: [string, string, Record<string, string>][] = [
      [paths.registry({ q: 'x' }), PATTERNS.home, {}],
      [paths.orgNew(), PATTERNS.orgNew, {}],
      [paths.org('a b/ç'), PATTERNS.org, { id: 'a b/ç' }],
      [paths.orgEdit(UUID), PATTERNS.orgEdit, { id: UUID }],
      [paths.visit(UUID), PATTERNS.visit, { id: UUID }],
      [paths.more(), PATTERNS.more, {}],
      [paths.progress(), PATTERNS.progress, {}],
      [paths.report(), PATTERNS.report, {}],
      [paths.rollup(), PATTERNS.rollup, {}],
      [paths.rollupReport(), PATTERNS.rollupReport, {}],
      [paths.settings(), PATTERNS.settings, {}],
      [paths.guides(), PATTERNS.guides, {}],
      [paths.guide('dân'), PATTERNS.guide, { slug: 'dân' }],
      [paths.quickRef(), PATTERNS.quickRef, {}],
      [paths.followUps('2026-12-01'), PATTERNS.followUps, {}],
      [paths.qr({ g: ['a'] }), PATTERNS.qr, {}],
      [paths.counter({ g: ['a'], t: 9 }), PATTERNS.counter, {}],
      [paths.print({ d: ['x'] }), PATTERNS.print, {}],
      [paths.documents(), PATTERNS.documents, {}],
      [paths.data({ q: 'x' }), PATTERNS.data, {}],
    ];
    for (const [url, pattern, params] of cases) expect(open(url), url).toMatchObject({ pattern, params });
  });

  it('reads back what it wrote', () => {
    const registry = { q: 'hòa, bình & co', commune: '26734', kind: 'cooperative', status: 'guided', due: 'overdue', problem: true, mine: true, sort: 'followUp' } as const;
    expect(parseRegistryQuery(open(paths.registry(registry)).query)).toEqual(registry);
    expect(parseRegistryQuery(open(paths.data(registry)).query)).toEqual(registry);
    const selection = { g: ['a', 'b'], d: ['tài liệu 1', UUID] };
    expect(parseQrQuery(open(paths.qr(selection)).query)).toEqual(selection);
    const counter = { ...selection, t: 42, ec: 'Q' } as const;
    expect(parseCounterQuery(open(paths.counter(counter)).query)).toEqual(counter);
    const print = { ...selection, f: 'flyer', n: 12, ec: 'L' } as const;
    expect(parsePrintQuery(open(paths.print(print)).query)).toEqual(print);
    expect(parseFollowUpsQuery(open(paths.followUps('2026-12-01')).query)).toEqual({ ngay: '2026-12-01' });
  });
});

describe('route queries', () => {
  const q = (search: string) => new URLSearchParams(search);

  it('falls back to defaults for missing or unknown values', () => {
    expect(parseQrQuery(q(''))).toEqual({ g: [], d: [] });
    expect(parseCounterQuery(q('t=Infinity&ec=Z'))).toEqual({ g: [], d: [], t: 15, ec: 'M' });
    expect(parsePrintQuery(q('f=banner&n=abc&ec='))).toEqual({ g: [], d: [], f: 'poster', n: 0, ec: 'M' });
    expect(parseFollowUpsQuery(q('ngay=mai'))).toEqual({ ngay: '' });
    expect(parseGuidesQuery(q(''))).toEqual({ q: '' });
  });

  it('reads repeated and comma-separated selections alike', () => {
    expect(parseQrQuery(q('g=a,b&d=x&g=c&g= '))).toEqual({ g: ['a', 'b', 'c'], d: ['x'] });
  });

  it('bounds the counter interval', () => {
    expect(parseCounterQuery(q('t=1')).t).toBe(3);
    expect(parseCounterQuery(q('t=9999')).t).toBe(600);
  });

  it('names the same error-correction levels the QR encoder uses', () => {
    expect([...EC_PARAM_VALUES]).toEqual(EC_LEVELS);
    expect(parseCounterQuery(q('')).ec).toBe(DEFAULT_EC);
  });
});
