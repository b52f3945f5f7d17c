import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COUNTER_SECONDS, parseCounterSeconds } from '../../../src/domain/counter-seconds';

describe('parseCounterSeconds', () => {
  it('keeps a sensible number of seconds', () => {
    expect(parseCounterSeconds('20')).toBe(20);
    expect(parseCounterSeconds('7.6')).toBe(8);
  });

  it('gives the default for a missing, empty or non-finite value', () => {
    for (const t of [null, '', ' ', 'Infinity', '-Infinity', 'NaN', 'abc', '1e999']) expect(parseCounterSeconds(t)).toBe(COUNTER_SECONDS.fallback);
  });

  it('holds finite values within the bounds', () => {
    expect(parseCounterSeconds('0')).toBe(COUNTER_SECONDS.min);
    expect(parseCounterSeconds('-5')).toBe(COUNTER_SECONDS.min);
    expect(parseCounterSeconds('1e9')).toBe(COUNTER_SECONDS.max);
  });

  it('always returns a whole number of seconds within the bounds, whatever the text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double().map(String)), (t) => {
        const s = parseCounterSeconds(t);
        return Number.isInteger(s) && s >= COUNTER_SECONDS.min && s <= COUNTER_SECONDS.max;
      }),
    );
  });
});
