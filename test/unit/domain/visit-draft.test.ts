import { describe, expect, it } from 'vitest';
import { StatusTransitionError } from '../../../src/domain/status-change';
import {
  addProblem,
  finishVisit,
  newVisitDraft,
  outcomeErrors,
  toggleProblem,
  toggleStepDone,
  visitDraftSchema,
} from '../../../src/domain/visit-draft';
import { makeOrg } from '../storage/org-fixture';

const today = '2026-11-23';
const ctx = { id: 'v1', by: 'Hoà', at: 1_000 };

describe('visit draft', () => {
  it('starts on guide choice with the suggested guides, and round-trips through its schema', () => {
    const d = newVisitDraft('org1', ['dinh-danh-to-chuc'], 5);
    expect(d.stage).toBe('guides');
    expect(visitDraftSchema.parse(JSON.parse(JSON.stringify(d)))).toEqual(d);
  });

  it('rejects a stored draft of the wrong shape', () => {
    expect(visitDraftSchema.safeParse({ orgId: 'x', stage: 'nowhere' }).success).toBe(false);
  });

  it('ticks and unticks steps and known problems', () => {
    let d = newVisitDraft('o', [], 0);
    d = toggleStepDone(toggleStepDone(d, 'a#1'), 'a#2');
    expect(d.stepsDone).toEqual(['a#1', 'a#2']);
    expect(toggleStepDone(d, 'a#1').stepsDone).toEqual(['a#2']);
    expect(toggleProblem(toggleProblem(d, 'p'), 'p').problems).toEqual([]);
  });

  it('adds a free-text problem once, cleaned, and ignores blanks', () => {
    let d = newVisitDraft('o', [], 0);
    d = addProblem(d, '  Chưa có   mức 2 ');
    d = addProblem(d, 'Chưa có mức 2');
    d = addProblem(d, '   ');
    expect(d.problems).toEqual(['Chưa có mức 2']);
  });
});

describe('outcomeErrors', () => {
  const org = makeOrg({ status: 'guided' });
  const base = newVisitDraft(org.id, [], 0);

  it('accepts keeping the status with no follow-up', () => {
    expect(outcomeErrors(base, org, today)).toEqual([]);
  });

  it('refuses a move the workflow forbids, a side state without reason, a past follow-up', () => {
    expect(outcomeErrors({ ...base, outcomeStatus: 'not_contacted' }, org, today)).toEqual(['transition']);
    expect(outcomeErrors({ ...base, outcomeStatus: 'problem' }, org, today)).toEqual(['reason']);
    expect(outcomeErrors({ ...base, outcomeStatus: 'problem', outcomeReason: 'data_mismatch' }, org, today)).toEqual([]);
    expect(outcomeErrors({ ...base, followUpDate: '2026-11-22' }, org, today)).toEqual(['date']);
    expect(outcomeErrors({ ...base, followUpDate: today }, org, today)).toEqual([]);
  });
});

describe('finishVisit', () => {
  it('records the visit and moves the organisation to the chosen status with the follow-up date', () => {
    const org = makeOrg({ status: 'guided' });
    const d = {
      ...newVisitDraft(org.id, ['dinh-danh-to-chuc'], 0),
      stepsDone: ['dinh-danh-to-chuc#1'],
      problems: ['Chưa có mức 2'],
      outcomeStatus: 'submitted' as const,
      note: ' đã gửi ',
      followUpDate: '2026-11-26',
    };
    const { visit, organisation } = finishVisit(d, org, ctx);
    expect(visit).toMatchObject({
      id: 'v1',
      orgId: org.id,
      at: 1_000,
      by: 'Hoà',
      outcomeStatus: 'submitted',
      note: 'đã gửi',
      followUpDate: '2026-11-26',
      stepsDone: ['dinh-danh-to-chuc#1'],
    });
    expect(organisation.status).toBe('submitted');
    expect(organisation.followUpDate).toBe('2026-11-26');
    expect(organisation.statusHistory.at(-1)).toMatchObject({ status: 'submitted', by: 'Hoà', note: 'đã gửi' });
  });

  it('keeps the status when none is chosen, and clears a follow-up that this visit fulfilled', () => {
    const org = makeOrg({ status: 'informed', followUpDate: '2026-11-20' });
    const { visit, organisation } = finishVisit(newVisitDraft(org.id, [], 0), org, ctx);
    expect(organisation.status).toBe('informed');
    expect(organisation.statusHistory).toEqual([]);
    expect(organisation.followUpDate).toBeNull();
    expect(organisation.updatedBy).toBe('Hoà');
    expect(visit.outcomeStatus).toBe('informed');
  });

  it('throws for a forbidden transition', () => {
    const org = makeOrg({ status: 'issued' });
    expect(() => finishVisit({ ...newVisitDraft(org.id, [], 0), outcomeStatus: 'informed' }, org, ctx)).toThrow(StatusTransitionError);
  });
});
