// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createVisitSession, type VisitSessionDeps } from '../../../../src/features/visit/visit-session';
import { flushAll } from '../../../../src/pwa/flush';
import type { EidDatabase } from '../../../../src/storage/db';
import { DraftRepository } from '../../../../src/storage/draft-repository';
import { OrganisationRepository } from '../../../../src/storage/organisation-repository';
import { VisitRepository } from '../../../../src/storage/visit-repository';
import { WriteGuard } from '../../../../src/storage/write-guard';
import { makeOrg } from '../../storage/org-fixture';
import { freshDb } from '../../storage/test-db';

let db: EidDatabase;
let orgs: OrganisationRepository;
let deps: VisitSessionDeps;
const sessions: { dispose(): void }[] = [];
const org = makeOrg({ id: 'o1', status: 'informed' });

function open() {
  const s = createVisitSession(deps, org.id);
  sessions.push(s);
  return s;
}

beforeEach(async () => {
  db = freshDb();
  const guard = new WriteGuard();
  orgs = new OrganisationRepository(db, guard);
  await orgs.save(org);
  deps = {
    drafts: new DraftRepository(db),
    organisations: orgs,
    visits: new VisitRepository(db, guard, orgs),
    userName: () => 'Hoà',
    describeError: (e) => String(e),
    describeDraftError: (e) => `draft: ${String(e)}`,
  };
});

afterEach(() => {
  for (const s of sessions.splice(0)) s.dispose();
  orgs.close();
  db.close();
});

describe('visit session', () => {
  it('starts with the suggested guides and writes no draft until something changes', async () => {
    const s = open();
    await s.load();
    expect(s.draft.value?.guideSlugs).toEqual(['dinh-danh-to-chuc', 'dang-ky-vneid-muc-2']);
    expect(s.resumedFrom.value).toBeNull();
    expect(await db.drafts.count()).toBe(0);
  });

  it('saves each move at once, and a new session resumes at the same step', async () => {
    const s = open();
    await s.load();
    s.update((d) => ({ ...d, stage: 'steps', stepIndex: 2, stepsDone: ['dinh-danh-to-chuc#1', 'dinh-danh-to-chuc#2'] }));
    await s.flush();
    const again = open();
    await again.load();
    expect(again.draft.value).toMatchObject({ stage: 'steps', stepIndex: 2 });
    expect(again.draft.value?.stepsDone).toHaveLength(2);
    expect(again.resumedFrom.value).toBeTypeOf('number');
  });

  it('keeps typing in memory until a pause or a flush before reload', async () => {
    const s = open();
    await s.load();
    s.update((d) => ({ ...d, note: 'đang gõ' }), { typing: true });
    expect(await db.drafts.count()).toBe(0);
    await flushAll();
    expect((await db.drafts.get('visit:o1'))?.value).toMatchObject({ note: 'đang gõ' });
  });

  it('ignores a stored draft it cannot read and starts fresh', async () => {
    await deps.drafts.put('visit:o1', { stage: 'somewhere' });
    const s = open();
    await s.load();
    expect(s.draft.value?.stage).toBe('guides');
    expect(s.resumedFrom.value).toBeNull();
  });

  it('records the visit and the new status together, then drops the draft', async () => {
    const s = open();
    await s.load();
    s.update((d) => ({ ...d, outcomeStatus: 'submitted', followUpDate: '2999-01-01' }));
    expect(await s.finish()).toEqual({ ok: true, value: true });
    expect(orgs.get('o1')).toMatchObject({ status: 'submitted', followUpDate: '2999-01-01', updatedBy: 'Hoà' });
    const visits = await db.visits.where('orgId').equals('o1').toArray();
    expect(visits).toHaveLength(1);
    expect(visits[0]).toMatchObject({ outcomeStatus: 'submitted', by: 'Hoà' });
    expect(await db.drafts.count()).toBe(0);
  });

  it('refuses to finish with a side state and no reason, and saves nothing', async () => {
    const s = open();
    await s.load();
    s.update((d) => ({ ...d, outcomeStatus: 'problem' }));
    expect(await s.finish()).toEqual({ ok: true, value: false });
    expect(s.errors.value).toEqual(['reason']);
    expect(orgs.get('o1')?.status).toBe('informed');
    expect(await db.visits.count()).toBe(0);
  });

  it('discards a draft and starts over', async () => {
    const s = open();
    await s.load();
    s.update((d) => ({ ...d, stage: 'outcome' }));
    await s.flush();
    await s.discard();
    expect(s.draft.value?.stage).toBe('guides');
    expect(await db.drafts.count()).toBe(0);
  });

  it('builds the finished visit on the record as stored: a change made elsewhere meanwhile is kept', async () => {
    const s = open();
    await s.load();
    s.update((d) => ({ ...d, outcomeStatus: 'guided' }));
    await db.orgChunks.toCollection().modify((c) => {
      c.records = c.records.map((r) => ({ ...r, notes: 'Ghi ở máy khác' }));
    });
    expect(await s.finish()).toEqual({ ok: true, value: true });
    expect(orgs.get('o1')).toMatchObject({ status: 'guided', notes: 'Ghi ở máy khác' });
  });

  it('checks the outcome again against a status changed elsewhere, and records nothing it no longer allows', async () => {
    const s = open();
    await s.load();
    s.update((d) => ({ ...d, outcomeStatus: 'guided' }));
    await db.orgChunks.toCollection().modify((c) => {
      c.records = c.records.map((r) => ({ ...r, status: 'issued' }));
    });
    expect(await s.finish()).toEqual({ ok: true, value: false });
    expect(s.errors.value).toEqual(['transition']);
    expect(s.org.value?.status).toBe('issued');
    expect(await db.visits.count()).toBe(0);
  });

  it('says when a draft cannot be written, and clears it once a write succeeds', async () => {
    const s = open();
    await s.load();
    const put = deps.drafts.put.bind(deps.drafts);
    deps.drafts.put = () => Promise.reject(new Error('disk'));
    s.update((d) => ({ ...d, stage: 'steps' }));
    await s.flush();
    await Promise.resolve();
    expect(s.draftState.value).toBe('pending');
    expect(s.draftWrite.value).toEqual({ ok: false, message: 'draft: Error: disk' });
    deps.drafts.put = put;
    s.update((d) => ({ ...d, stage: 'problems' }));
    await s.flush();
    expect(s.draftState.value).toBe('saved');
    expect(s.draftWrite.value).toEqual({ ok: true, value: undefined });
  });

  it('says why the visit could not be recorded, and keeps the draft', async () => {
    const s = open();
    await s.load();
    s.update((d) => ({ ...d, outcomeStatus: 'guided' }));
    await s.flush();
    deps.visits.record = () => Promise.reject(new Error('full'));
    expect(await s.finish()).toEqual({ ok: false, message: 'Error: full' });
    expect(s.recording.value).toEqual({ ok: false, message: 'Error: full' });
    expect(s.finished.value).toBeNull();
    expect(await db.drafts.count()).toBe(1);
  });
});
