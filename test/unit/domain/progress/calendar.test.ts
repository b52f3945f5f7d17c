import { describe, expect, it } from 'vitest';
import { addDays, byIsoDate, couldFallWithin, startOfWeek, weekContaining } from '../../../../src/domain/progress/calendar';

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

  it('rules out only moments more than a day from the window in UTC, so no time zone’s local day is missed', () => {
    const near = couldFallWithin('2026-11-23', '2026-11-29');
    expect(near(Date.UTC(2026, 10, 22, 10, 0))).toBe(true); // 23/11 00:00 at UTC+14
    expect(near(Date.UTC(2026, 10, 30, 11, 59))).toBe(true); // 29/11 23:59 at UTC−12
    expect(near(Date.UTC(2026, 10, 21, 23, 59))).toBe(false);
    expect(near(Date.UTC(2026, 11, 2, 0, 0))).toBe(false);
  });

  it('sorts ISO dates in calendar order', () => {
    expect(['2026-11-02', '2025-12-31', '2026-01-15', '2026-01-15'].sort(byIsoDate)).toEqual(['2025-12-31', '2026-01-15', '2026-01-15', '2026-11-02']);
  });
});
