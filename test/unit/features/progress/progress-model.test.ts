import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../../../src/domain/settings';
import { createProgressModel } from '../../../../src/features/progress/progress-model';
import { common } from '../../../../src/i18n/common';
import { CommuneTargetRepository } from '../../../../src/storage/commune-target-repository';
import { OrganisationRepository } from '../../../../src/storage/organisation-repository';
import { WriteGuard } from '../../../../src/storage/write-guard';
import { makeOrg } from '../../storage/org-fixture';
import { freshDb } from '../../storage/test-db';

function setup() {
  const db = freshDb();
  const guard = new WriteGuard();
  const organisations = new OrganisationRepository(db, guard);
  const settings = signal({ ...DEFAULT_SETTINGS, targets: { enterprisePct: 50, otherPct: 50, deadline: '2099-12-31' } });
  const model = createProgressModel({
    organisations,
    visits: { all: async () => [] },
    targets: new CommuneTargetRepository(db, guard),
    settings,
    loadAdminUnits: () => new Promise(() => {}),
  });
  return { organisations, settings, model, guard };
}

describe('progress model', () => {
  it('recomputes when an organisation is saved', async () => {
    const { organisations, model } = setup();
    await organisations.saveMany([makeOrg({ id: 'a' }), makeOrg({ id: 'b' })]);
    expect(model.report.value.overall.groups.enterprise.pct).toBe(0);
    await organisations.save(makeOrg({ id: 'a', status: 'issued' }));
    expect(model.report.value.overall.groups.enterprise.pct).toBe(50);
    expect(model.report.value.overall.needed).toBe(0);
  });

  it('applies a saved commune quota, and Settings changes, at once', async () => {
    const { organisations, settings, model } = setup();
    await organisations.saveMany([makeOrg({ id: 'a', communeCode: 'X' }), makeOrg({ id: 'b', communeCode: 'X', status: 'issued' })]);
    expect(await model.saveTarget({ code: 'X', enterprisePct: 100, otherPct: null, deadline: null })).toEqual({ ok: true, value: undefined });
    expect(model.report.value.communes[0]!.groups.enterprise).toMatchObject({ targetPct: 100, needed: 1 });
    settings.value = { ...settings.value, targets: { ...settings.value.targets, enterprisePct: 100 } };
    expect(model.report.value.overall.needed).toBe(1);
  });

  it('says in Vietnamese why a quota could not be saved, and keeps the quotas it had', async () => {
    const { model, guard } = setup();
    guard.block('newer-data');
    expect(await model.saveTarget({ code: 'X', enterprisePct: 100, otherPct: null, deadline: null })).toEqual({ ok: false, message: common.readOnlyError });
    expect(model.overrides.value.size).toBe(0);
  });
});
