import { describe, expect, it } from 'vitest';
import { documentInputSchema, webUrlError } from '../../../src/domain/document-link';
import { parseWebUrl } from '../../../src/domain/web-url';

describe('parseWebUrl', () => {
  it('accepts http and https, in ASCII form', () => {
    expect(parseWebUrl(' https://dichvucong.gov.vn ')).toEqual({ ok: true, url: 'https://dichvucong.gov.vn/' });
    expect(parseWebUrl('http://a.vn/tài')).toEqual({ ok: true, url: 'http://a.vn/t%C3%A0i' });
  });

  it.each(['javascript:alert(1)', 'JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'file:///etc/passwd', 'vbscript:x', 'ftp://a.vn/'])('refuses %s by its scheme', (input) => {
    expect(parseWebUrl(input)).toMatchObject({ ok: false, reason: 'scheme' });
  });

  it('refuses text without a scheme and empty input', () => {
    expect(parseWebUrl('dichvucong.gov.vn')).toMatchObject({ ok: false, reason: 'invalid' });
    expect(parseWebUrl('  ')).toMatchObject({ ok: false, reason: 'empty' });
    expect(parseWebUrl('https://')).toMatchObject({ ok: false, reason: 'invalid' });
  });
});

describe('documentInputSchema', () => {
  it('refuses javascript: with a Vietnamese message naming the scheme', () => {
    expect(webUrlError('javascript:alert(1)')).toMatch(/Không nhận đường dẫn “javascript:”/);
    const r = documentInputSchema.safeParse({ title: 'x', url: 'javascript:alert(1)', note: '', publisher: '' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['url']);
  });

  it('cleans text and stores the URL percent-encoded', () => {
    const r = documentInputSchema.parse({ title: '  Hướng   dẫn ', url: 'https://a.vn/tài liệu', note: '', publisher: 'Sở' });
    expect(r).toEqual({ title: 'Hướng dẫn', url: 'https://a.vn/t%C3%A0i%20li%E1%BB%87u', note: '', publisher: 'Sở' });
  });

  it('requires a title', () => {
    expect(documentInputSchema.safeParse({ title: ' ', url: 'https://a.vn/', note: '', publisher: '' }).success).toBe(false);
  });
});
