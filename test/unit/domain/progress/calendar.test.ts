import { describe, expect, it } from 'vitest';
import { addDays, startOfWeek, weekContaining } from '../../../../src/domain/progress/calendar';

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

  it('tells whether a moment falls in the week (Monday to Sunday) around a day', () => {
    const utcDay = (at: number) => new Date(at).toISOString().slice(0, 10);
    const week = weekContaining('2026-11-25', utcDay); // a Wednesday
    expect(week.start).toBe('2026-11-23');
    expect(week.contains(Date.UTC(2026, 10, 23, 0, 0))).toBe(true); // Monday, first moment
    expect(week.contains(Date.UTC(2026, 10, 29, 23, 59))).toBe(true); // Sunday, last minute
    expect(week.contains(Date.UTC(2026, 10, 22, 23, 59))).toBe(false); // the Sunday before
    expect(week.contains(Date.UTC(2026, 10, 30, 0, 0))).toBe(false); // the next Monday
  });
});
