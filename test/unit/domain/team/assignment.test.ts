import { describe, expect, it } from 'vitest';
import { assignTo, memberNames } from '../../../../src/domain/team/assignment';
import { makeOrg } from '../../storage/org-fixture';

describe('memberNames', () => {
  it('joins every source, each name once (NFC, spaces collapsed), in Vietnamese order', () => {
    expect(memberNames(['  Trần  Văn Minh '], new Set(['Đỗ Hà', 'Trần Văn Minh']), ['Nguye\u0302\u0303n Lan', ''], ['Nguyễn Lan'])).toEqual([
      'Đỗ Hà',
      'Nguyễn Lan',
      'Trần Văn Minh',
    ]);
  });
});

describe('assignTo', () => {
  const stamp = { at: 9, by: 'Lan' };

  it('assigns, reassigns and clears, stamped as an edit', () => {
    const org = makeOrg({ updatedAt: 1 });
    const assigned = assignTo(org, ' Minh ', stamp);
    expect(assigned).toMatchObject({ assignee: 'Minh', updatedAt: 9, updatedBy: 'Lan' });
    const cleared = assignTo(assigned as typeof org, '', { at: 10, by: 'Lan' });
    expect(cleared).not.toHaveProperty('assignee');
  });

  it('leaves a record already assigned to that name, or deleted, as it is', () => {
    expect(assignTo(makeOrg({ assignee: 'Minh' }), 'Minh', stamp)).toBe('keep');
    expect(assignTo(makeOrg(), '', stamp)).toBe('keep');
    expect(assignTo(makeOrg({ deletedAt: 3 }), 'Minh', stamp)).toBe('keep');
  });
});
