import { describe, expect, it } from 'vitest';
import { applyStatusChange, StatusTransitionError } from '../../../src/domain/status-change';
import { makeOrg } from '../storage/org-fixture';

describe('applyStatusChange', () => {
  it('moves the status and stamps the history with time and who', () => {
    const next = applyStatusChange(makeOrg(), { to: 'informed', by: 'Lan', at: 100 });
    expect(next.status).toBe('informed');
    expect(next.statusHistory).toEqual([{ status: 'informed', at: 100, by: 'Lan' }]);
    expect(next.updatedAt).toBe(100);
    expect(next.updatedBy).toBe('Lan');
  });

  it('records the reason of a problem and clears it when leaving', () => {
    const problem = applyStatusChange(makeOrg({ status: 'guided' }), {
      to: 'problem',
      by: 'Lan',
      at: 1,
      reason: 'data_mismatch',
      note: 'MST lệch CSDL dân cư',
    });
    expect(problem.problemReason).toBe('data_mismatch');
    const fixed = applyStatusChange(problem, { to: 'submitted', by: 'Lan', at: 2 });
    expect(fixed.problemReason).toBeNull();
    expect(fixed.statusHistory).toHaveLength(2);
  });

  it('refuses moves the workflow forbids and side states without a reason', () => {
    expect(() => applyStatusChange(makeOrg({ status: 'issued' }), { to: 'problem', by: 'x', at: 1, reason: 'other' })).toThrow(
      StatusTransitionError,
    );
    expect(() => applyStatusChange(makeOrg(), { to: 'not_applicable', by: 'x', at: 1 })).toThrow(StatusTransitionError);
  });
});
