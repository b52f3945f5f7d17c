import { describe, expect, it } from 'vitest';
import { computeMyWork } from '../../../../src/domain/progress/my-work';
import { at, org, utcDate } from './progress-fixture';

describe('computeMyWork', () => {
  it('counts my visits and my issued accounts this week (Monday to today) and my follow-ups due', () => {
    const orgs = [
      org('enterprise', 'issued', { id: 'mine', issuedOn: '2025-05-05', by: 'Lan' }),
      org('enterprise', 'issued', { id: 'old', issuedOn: '2025-05-04', by: 'Lan' }), // last week
      org('enterprise', 'issued', { id: 'theirs', issuedOn: '2025-05-05', by: 'Hùng' }),
      org('agency', 'guided', { id: 'due', followUpDate: '2025-05-06', by: 'Lan' }),
      org('agency', 'guided', { id: 'not-mine', followUpDate: '2025-05-06', by: 'Hùng' }),
    ];
    const visits = [
      { by: 'Lan', at: at('2025-05-05') },
      { by: 'Lan', at: at('2025-05-06') },
      { by: 'Lan', at: at('2025-05-04') },
      { by: 'Hùng', at: at('2025-05-06') },
    ];
    const w = computeMyWork({ userName: 'Lan', today: '2025-05-06', orgs, visits, toDate: utcDate });
    expect(w.weekStart).toBe('2025-05-05');
    expect(w.visitsThisWeek).toBe(2);
    expect(w.issuedThisWeek.map((o) => o.id)).toEqual(['mine']);
    expect(w.issuedAllTime).toBe(2);
    expect(w.followUpsDue.map((o) => o.id)).toEqual(['due']);
  });
});
