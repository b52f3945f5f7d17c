import { signal } from '@preact/signals';
import { h, render } from 'preact';
import type { Services } from '../../src/context/services';
import { ServicesContext } from '../../src/context/services';
import { lazyModel } from '../../src/context/lazy-model';
import type { Organisation, OrgKind } from '../../src/domain/organisation';
import { computeProgressReport } from '../../src/domain/progress/report';
import { DEFAULT_SETTINGS } from '../../src/domain/settings';
import type { Status } from '../../src/domain/status';
import { PROBLEM_REASONS } from '../../src/domain/status';
import ProgressPage from '../../src/features/progress/ProgressPage';
import { createProgressModel } from '../../src/features/progress/progress-model';
import type { OrganisationRepository } from '../../src/storage/organisation-repository';

const KINDS: OrgKind[] = ['enterprise', 'enterprise', 'enterprise', 'cooperative', 'coop_union', 'household', 'agency', 'public_unit', 'association', 'other'];
const STATUSES: Status[] = ['not_contacted', 'informed', 'guided', 'submitted', 'issued', 'issued', 'problem', 'not_applicable'];
const DAY = 86_400_000;

let orgs: Organisation[] = [];

/** 100,000 organisations across 50 communes, with history, follow-ups and problems in realistic shares (deterministic). */
export function progressSeed(count = 100_000, communes = 50): number {
  const now = Date.now();
  orgs = [];
  for (let i = 0; i < count; i++) {
    const status = STATUSES[(i * 7) % STATUSES.length]!;
    const at = now - (i % 120) * DAY;
    orgs.push({
      id: `b${i}`, taxCode: String(1e9 + i), name: `Tổ chức ${i}`, kind: KINDS[i % KINDS.length]!, address: '', communeCode: String(10_000 + (i % communes)),
      representativeName: '', representativePhone: '', consent: null, status,
      problemReason: status === 'problem' ? PROBLEM_REASONS[i % PROBLEM_REASONS.length]! : null, notApplicableReason: status === 'not_applicable' ? 'ceased' : null,
      statusNote: '', notes: '', followUpDate: i % 5 === 0 ? '2026-01-15' : null,
      statusHistory: [{ status: 'informed', at: at - DAY, by: 'A' }, { status, at, by: 'A' }],
      createdAt: at, updatedAt: at, updatedBy: 'A', deletedAt: null, demo: false, importBatchId: null,
    });
  }
  return orgs.length;
}

/** One full computation of every aggregate (communes, overall, trend, follow-ups, problems). */
export function progressCompute(): number {
  const t0 = performance.now();
  const r = computeProgressReport({ orgs, today: new Date().toISOString().slice(0, 10), defaults: DEFAULT_SETTINGS.targets, overrides: new Map() });
  const ms = performance.now() - t0;
  if (r.communes.length !== 50) throw new Error(`expected 50 communes, got ${r.communes.length}`);
  return ms;
}

/** Mounts the real dashboard page over a fresh model (so nothing is cached): compute plus first render, in ms. */
export async function progressRenderDashboard(): Promise<number> {
  const fakeOrgs = { version: 1, subscribe: () => () => {}, all: () => orgs } as unknown as OrganisationRepository;
  const settings = signal({ ...DEFAULT_SETTINGS, userName: 'A' });
  const progress = createProgressModel({
    organisations: fakeOrgs,
    visits: { all: async () => [] },
    targets: { all: async () => [], save: async () => {} } as never,
    settings,
    loadAdminUnits: () => new Promise(() => {}),
  });
  // The page reads a lazy model; built before the clock starts, as once its chunk has loaded.
  const lazy = lazyModel(async () => progress);
  await lazy();
  const services = { progress: lazy, settings: { settings } } as unknown as Services;
  const root = document.getElementById('app')!;
  const t0 = performance.now();
  render(h(ServicesContext.Provider, { value: services }, h(ProgressPage, { params: {}, query: new URLSearchParams() })), root);
  const ms = performance.now() - t0;
  if (!root.querySelector('.progress-table tfoot')) throw new Error('dashboard did not render');
  render(null, root);
  return ms;
}
