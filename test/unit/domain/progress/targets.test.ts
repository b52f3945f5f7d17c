import { describe, expect, it } from 'vitest';
import { percentOf, requiredCount, resolveTarget } from '../../../../src/domain/progress/targets';

describe('targets', () => {
  it('gives 15.17% for 1,309 of 8,630 (Huế, 06/5/2025)', () => {
    expect(percentOf(1309, 8630)!.toFixed(2)).toBe('15.17');
  });

  it('rounds the required count up, without floating-point drift', () => {
    expect(requiredCount(8630, 80)).toBe(6904);
    expect(requiredCount(10, 80)).toBe(8);
    expect(requiredCount(3, 50)).toBe(2);
    expect(requiredCount(7, 12.5)).toBe(1);
    expect(requiredCount(0, 80)).toBe(0);
  });

  it('has no percentage when nobody is counted', () => {
    expect(percentOf(0, 0)).toBeNull();
  });

  it('falls back to the Settings defaults field by field', () => {
    const defaults = { enterprisePct: 80, otherPct: 50, deadline: '2025-06-30' };
    expect(resolveTarget(defaults, undefined)).toEqual({ pct: { enterprise: 80, other: 50 }, deadline: '2025-06-30', overridden: false });
    expect(resolveTarget(defaults, { code: 'A', enterprisePct: 90, otherPct: null, deadline: null })).toEqual({
      pct: { enterprise: 90, other: 50 },
      deadline: '2025-06-30',
      overridden: true,
    });
  });
});
