import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { EC_LEVELS, encodeQr, QUIET_ZONE, qrPixels, qrSvgMarkup, tryEncodeQr } from '../../../../src/kits/qr/qr-matrix';

const url = 'https://so.example.gov.vn/eid/huong-dan/dang-ky-vneid-muc-1/';

describe('encodeQr', () => {
  it.each(EC_LEVELS)('decodes back to exactly the URL at level %s', (ec) => {
    const m = encodeQr(url, ec);
    const { data, width, height } = qrPixels(m, 3);
    expect(jsQR(data, width, height)?.data).toBe(url);
  });

  it('keeps a quiet zone of four light modules on every side', () => {
    const m = encodeQr(url);
    for (let i = 0; i < m.size; i++) {
      for (let q = 0; q < QUIET_ZONE; q++) {
        expect(m.isDark(i, q) || m.isDark(q, i) || m.isDark(i, m.size - 1 - q) || m.isDark(m.size - 1 - q, i)).toBe(false);
      }
    }
    expect(m.isDark(QUIET_ZONE, QUIET_ZONE)).toBe(true); // corner of the top-left finder pattern
  });

  it('gives a denser code for a higher error-correction level', () => {
    expect(encodeQr(url, 'H').size).toBeGreaterThan(encodeQr(url, 'L').size);
  });

  it('refuses a payload that is not plain ASCII', () => {
    expect(() => encodeQr('https://a.vn/tài-liệu')).toThrow(/ASCII/);
  });

  it('writes a standalone SVG with crisp edges and a white background', () => {
    const svg = qrSvgMarkup(encodeQr(url));
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
    expect(svg).toContain('shape-rendering="crispEdges"');
    expect(svg).toContain('fill="#fff"');
  });
});

describe('tryEncodeQr', () => {
  it('gives the code for a URL that fits', () => {
    const r = tryEncodeQr('https://dichvucong.gov.vn/', 'H');
    expect(r.ok && r.matrix.size).toBe(encodeQr('https://dichvucong.gov.vn/', 'H').size);
  });

  it('says "too long" instead of throwing for a URL beyond a version-40 code', () => {
    const long = `https://so.example.gov.vn/${'a'.repeat(3000)}/`;
    expect(() => encodeQr(long)).toThrow();
    expect(tryEncodeQr(long, 'L')).toEqual({ ok: false, problem: 'too-long' });
  });

  it('still refuses a payload that is not plain ASCII', () => {
    expect(() => tryEncodeQr('https://a.vn/tài-liệu')).toThrow(/ASCII/);
  });
});
