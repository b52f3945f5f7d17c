import { describe, expect, it } from 'vitest';
import { baseUrlWarnings, guidePageUrl, resolveBase, shortUrl, toAsciiUrl } from '../../../src/domain/links';

describe('resolveBase', () => {
  it('uses the app address when Settings leave the base empty', () => {
    expect(resolveBase('', 'https://so.example.vn/')).toBe('https://so.example.vn/');
    expect(resolveBase('   ', 'http://127.0.0.1:4173/eid/')).toBe('http://127.0.0.1:4173/eid/');
  });

  it('keeps a sub-path base as a folder, with or without the trailing slash', () => {
    expect(resolveBase('https://ubnd.example.gov.vn/eid', 'http://x/')).toBe('https://ubnd.example.gov.vn/eid/');
    expect(resolveBase('https://ubnd.example.gov.vn/so/eid/', 'http://x/')).toBe('https://ubnd.example.gov.vn/so/eid/');
  });

  it('drops a query or fragment typed into the base', () => {
    expect(resolveBase('https://a.vn/eid/?x=1#top', 'http://x/')).toBe('https://a.vn/eid/');
  });

  it('refuses a base that is not an http(s) URL', () => {
    expect(() => resolveBase('ftp://a.vn/', 'http://x/')).toThrow();
    expect(() => resolveBase('a.vn', 'http://x/')).toThrow();
  });
});

describe('guidePageUrl', () => {
  it('builds <base>huong-dan/<slug>/ under a sub-path base', () => {
    expect(guidePageUrl('https://a.gov.vn/eid/', 'dang-ky-vneid-muc-1')).toBe('https://a.gov.vn/eid/huong-dan/dang-ky-vneid-muc-1/');
  });

  it('builds it at the root too', () => {
    expect(guidePageUrl('https://a.gov.vn/', 'lien-ket')).toBe('https://a.gov.vn/huong-dan/lien-ket/');
  });

  it('percent-encodes a slug that is not plain ASCII', () => {
    expect(guidePageUrl('https://a.vn/', 'hướng dẫn')).toBe('https://a.vn/huong-dan/h%C6%B0%E1%BB%9Bng%20d%E1%BA%ABn/');
  });
});

describe('toAsciiUrl', () => {
  it('percent-encodes Vietnamese in the path, query and fragment as UTF-8', () => {
    const url = toAsciiUrl('https://a.vn/tài-liệu/đăng ký?q=căn cước#mục');
    expect(url).toBe('https://a.vn/t%C3%A0i-li%E1%BB%87u/%C4%91%C4%83ng%20k%C3%BD?q=c%C4%83n%20c%C6%B0%E1%BB%9Bc#m%E1%BB%A5c');
    expect(url).toMatch(/^[\x21-\x7e]+$/);
  });

  it('turns a Vietnamese host name into punycode', () => {
    expect(toAsciiUrl('https://hướngdẫn.vn/')).toMatch(/^https:\/\/xn--[a-z0-9-]+\.vn\/$/);
  });

  it('leaves an ASCII URL unchanged and does not encode twice', () => {
    expect(toAsciiUrl('https://a.vn/t%C3%A0i?x=1&y=2')).toBe('https://a.vn/t%C3%A0i?x=1&y=2');
  });

  it('refuses other schemes', () => {
    expect(() => toAsciiUrl('javascript:alert(1)')).toThrow();
  });
});

describe('baseUrlWarnings', () => {
  it('is empty for a public https address', () => {
    expect(baseUrlWarnings('https://so.example.gov.vn/eid/')).toEqual([]);
  });

  it.each([
    ['http://localhost:5173/', ['localhost', 'not-https']],
    ['http://127.0.0.1:4173/', ['localhost', 'not-https']],
    ['http://[::1]:8080/', ['localhost', 'not-https']],
    ['https://app.localhost/', ['localhost']],
  ])('flags %s as localhost', (url, warnings) => {
    expect(baseUrlWarnings(url)).toEqual(warnings);
  });

  it.each([
    ['http://192.168.1.20/', ['private', 'not-https']],
    ['http://10.0.0.5:8080/', ['private', 'not-https']],
    ['https://172.20.3.4/', ['private']],
    ['https://169.254.1.1/', ['private']],
    ['http://[fd00::1]/', ['private', 'not-https']],
    ['https://may-tinh.local/', ['private']],
    ['http://server/', ['private', 'not-https']],
  ])('flags %s as a private address', (url, warnings) => {
    expect(baseUrlWarnings(url)).toEqual(warnings);
  });

  it('does not flag public addresses that merely look similar', () => {
    expect(baseUrlWarnings('https://172.32.0.1/')).toEqual([]);
    expect(baseUrlWarnings('https://11.0.0.1/')).toEqual([]);
  });

  it('flags plain http, after the reachability warning', () => {
    expect(baseUrlWarnings('http://so.example.gov.vn/')).toEqual(['not-https']);
    expect(baseUrlWarnings('http://192.168.1.2/')).toEqual(['private', 'not-https']);
  });

  it('flags what is not a URL', () => {
    expect(baseUrlWarnings('so.example.gov.vn')).toEqual(['invalid']);
  });
});

describe('shortUrl', () => {
  it('drops the scheme and www, and the slash of a bare host only', () => {
    expect(shortUrl('https://www.dichvucong.gov.vn/')).toBe('dichvucong.gov.vn');
    expect(shortUrl('https://a.vn/eid/huong-dan/x/')).toBe('a.vn/eid/huong-dan/x/');
  });
});
