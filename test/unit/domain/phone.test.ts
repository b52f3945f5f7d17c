import { describe, expect, it } from 'vitest';
import { formatPhone, parsePhone } from '../../../src/domain/phone';

describe('parsePhone: mobiles', () => {
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
    expect(parsePhone(raw)).toEqual({ value: e164, kind: 'mobile' });
  });

  it.each(['0243123456', '19000368', '091234567', '09123456789', '0112345678', '0501234567', '0801234567', 'abc', ''])(
    'rejects %s',
    (raw) => {
      expect(parsePhone(raw)).toBeNull();
    },
  );

  it('formats E.164 back the way people read it', () => {
    expect(formatPhone('+84912345678')).toBe('0912 345 678');
    expect(formatPhone('+842431234567')).toBe('024 3123 4567');
    expect(formatPhone('+842363812345')).toBe('0236 381 2345');
  });
});

describe('parsePhone', () => {
  it('accepts a mobile or an 11-digit landline, both in E.164', () => {
    expect(parsePhone('0912 345 678')).toEqual({ value: '+84912345678', kind: 'mobile' });
    expect(parsePhone('024 3123 4567')).toEqual({ value: '+842431234567', kind: 'landline' });
    expect(parsePhone('+84 236 381 2345')).toEqual({ value: '+842363812345', kind: 'landline' });
    expect(parsePhone('842431234567')).toEqual({ value: '+842431234567', kind: 'landline' });
  });
  it.each(['0243123456', '19000368', '02431234567890', '0112345678'])('rejects %s', (raw) => expect(parsePhone(raw)).toBeNull());
});
