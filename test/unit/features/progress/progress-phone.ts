import { signal } from '@preact/signals';
import { AdminUnits } from '../../../../src/domain/admin-units';
import { DEFAULT_SETTINGS, type Settings } from '../../../../src/domain/settings';
import { createProgressModel } from '../../../../src/features/progress/progress-model';
import { createRollupModel } from '../../../../src/features/progress/rollup-model';
import { CommuneTargetRepository } from '../../../../src/storage/commune-target-repository';
import type { EidDatabase } from '../../../../src/storage/db';
import { OrganisationRepository } from '../../../../src/storage/organisation-repository';
import { SummaryRepository } from '../../../../src/storage/summary-repository';
import { WriteGuard } from '../../../../src/storage/write-guard';
import { freshDb } from '../../storage/test-db';

/** Three communes in two provinces: An Cựu and Vỹ Dạ of Huế (46), Ba Đình of Hà Nội (01). */
export const UNITS = new AdminUnits({
  version: 't',
  source: 't',
  provinces: [['46', 'Thành phố Huế'], ['01', 'Thành phố Hà Nội']],
  communes: [['31000', 'Phường An Cựu', '46'], ['31001', 'Phường Vỹ Dạ', '46'], ['00004', 'Phường Ba Đình', '01']],
  oldProvinces: [],
});

export const NOW = new Date('2025-05-06T09:00:00Z');

/** A phone's progress and roll-up models on `db`, wired as the composition root wires them. */
export function progressPhone(db: EidDatabase = freshDb(), settingsPatch: Partial<Settings> = {}) {
  const guard = new WriteGuard();
  const settings = signal({ ...DEFAULT_SETTINGS, ...settingsPatch });
  const organisations = new OrganisationRepository(db, guard);
  const loadAdminUnits = async () => UNITS;
  const progress = createProgressModel({
    organisations,
    visits: { all: async () => [] },
    targets: new CommuneTargetRepository(db, guard),
    settings,
    loadAdminUnits,
    now: () => NOW,
  });
  const rollup = createRollupModel({
    summaries: new SummaryRepository(db, guard),
    quotas: progress.overrides,
    loadQuotas: progress.loadOverrides,
    saveQuotas: progress.saveTargets,
    settings,
    loadAdminUnits,
    now: () => NOW,
  });
  return { db, settings, organisations, loadAdminUnits, progress, rollup };
}
