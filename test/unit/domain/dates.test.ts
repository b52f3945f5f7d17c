import { describe, expect, it } from 'vitest';
import { daysBetween, formatViDate, toIsoDate } from '../../../src/domain/dates';

describe('dates', () => {
  it('counts calendar days across months and years', () => {
    expect(daysBetween('2025-05-06', '2025-06-30')).toBe(55);
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-01-01', '2025-12-31')).toBe(-1);
  });

  it('writes the local calendar day', () => {
    expect(toIsoDate(new Date(2026, 1, 28, 23, 59))).toBe('2026-02-28');
    expect(toIsoDate(new Date(2026, 0, 5, 0, 0))).toBe('2026-01-05');
  });

  it('formats dates the Vietnamese way', () => {
    expect(formatViDate('2025-06-30')).toBe('30/06/2025');
  });
});
