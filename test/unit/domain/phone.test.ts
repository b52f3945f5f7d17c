import { describe, expect, it } from 'vitest';
import { formatMobile, normaliseMobile } from '../../../src/domain/phone';

describe('normaliseMobile', () => {
  it.each([
    ['0912345678', '+84912345678'],
    ['0912 345 678', '+84912345678'],
    ['0912.345.678', '+84912345678'],
    ['+84 912-345-678', '+84912345678'],
    ['84912345678', '+84912345678'],
    ['0321234567', '+84321234567'],
    ['0561234567', '+84561234567'],
    ['0701234567', '+84701234567'],
    ['0861234567', '+84861234567'],
  ])('stores %s as %s', (raw, e164) => {
    expect(normaliseMobile(raw)).toBe(e164);
  });

  it.each(['0243123456', '19000368', '091234567', '09123456789', '0112345678', '0501234567', '0801234567', 'abc', ''])(
    'rejects %s',
    (raw) => {
      expect(normaliseMobile(raw)).toBeNull();
    },
  );

  it('formats E.164 back the way people read it', () => {
    expect(formatMobile('+84912345678')).toBe('0912 345 678');
  });
});
