import { describe, expect, it } from 'vitest';
import { backupReminder } from '../../../../../src/features/data/backup/reminder';

const DAY = 86_400_000;
const recs = (n: number, at: number) => Array.from({ length: n }, () => ({ updatedAt: at }));

describe('backupReminder', () => {
  it('reminds after 7 days or 50 changed records, or when there is data but never a backup', () => {
    expect(backupReminder(null, [], 0)).toBeNull();
    expect(backupReminder(null, recs(3, 5), 10)).toEqual({ days: null, changes: 3 });
    expect(backupReminder(100, recs(49, 200), 100 + 6 * DAY)).toBeNull();
    expect(backupReminder(100, recs(50, 200), 100 + DAY)).toEqual({ days: 1, changes: 50 });
    expect(backupReminder(100, recs(2, 50), 100 + 7 * DAY)).toEqual({ days: 7, changes: 0 });
  });
});
