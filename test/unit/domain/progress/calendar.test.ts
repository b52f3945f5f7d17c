import { describe, expect, it } from 'vitest';
import { addDays, startOfWeek } from '../../../../src/domain/progress/calendar';

describe('calendar', () => {
  it('adds days across months and years', () => {
    expect(addDays('2025-06-30', 1)).toBe('2025-07-01');
    expect(addDays('2026-01-01', -1)).toBe('2025-12-31');
  });

  it('starts weeks on Monday', () => {
    expect(startOfWeek('2026-11-23')).toBe('2026-11-23'); // a Monday
    expect(startOfWeek('2026-11-29')).toBe('2026-11-23'); // Sunday
    expect(startOfWeek('2026-11-22')).toBe('2026-11-16');
  });
});
