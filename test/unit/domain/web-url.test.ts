import { describe, expect, it } from 'vitest';
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
