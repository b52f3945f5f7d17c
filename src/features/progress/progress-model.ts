import type { ReadonlySignal } from '@preact/signals';
import { computed, signal } from '@preact/signals';
import { describeSaveError } from '../../context/describe-error';
import type { LazyModel } from '../../context/lazy-model';
import type { AdminUnits } from '../../domain/admin-units';
import { formatViDate, toIsoDate } from '../../domain/dates';
import { done, failed, type Outcome, succeeded } from '../../domain/outcome';
import { computeMemberCounts } from '../../domain/progress/member-counts';
import { computeMyWork } from '../../domain/progress/my-work';
import { computeProgressReport } from '../../domain/progress/report';
import type { CommuneTarget } from '../../domain/progress/targets';
import { quotasForCommunes, readQuotaFile } from '../../domain/rollup/quota-file';
import { buildCommuneSummary, type CommuneSummary } from '../../domain/rollup/summary';
import type { Settings } from '../../domain/settings';
import type { Visit } from '../../domain/visit';
import { progressText } from '../../i18n/progress';
import { rollupText } from '../../i18n/rollup';
import type { CommuneTargetRepository } from '../../storage/commune-target-repository';
import type { OrganisationRepository } from '../../storage/organisation-repository';

interface Deps {
  organisations: OrganisationRepository;
  visits: { all(): Promise<Visit[]> };
  targets: CommuneTargetRepository;
  settings: ReadonlySignal<Settings>;
  /** The team's member names (app/models/members-model.ts); none given, only names found in the data get a line. */
  members?: ReadonlySignal<readonly string[]>;
  loadAdminUnits: () => Promise<AdminUnits>;
  now?: () => Date;
}

const localDate = (at: number) => toIsoDate(new Date(at));

/**
 * Progress for the dashboard, the printed report and the spreadsheet: one report,
 * recomputed (lazily, on read) whenever an organisation changes in this tab or
 * another, the quotas change, or Settings change.
 */
export function createProgressModel(deps: Deps) {
  const now = deps.now ?? (() => new Date());
  const revision = signal(deps.organisations.version);
  const overrides = signal<ReadonlyMap<string, CommuneTarget>>(new Map());
  const visits = signal<Visit[]>([]);
  const units = signal<AdminUnits | null>(null);

  deps.organisations.subscribe(() => {
    revision.value = deps.organisations.version;
  });

  const report = computed(() => {
    void revision.value;
    const settings = deps.settings.value;
    return computeProgressReport({
      orgs: deps.organisations.all(),
      today: toIsoDate(now()),
      defaults: settings.targets,
      overrides: overrides.value,
      extraCommunes: settings.communeCodes,
    });
  });

  const myWork = computed(() => {
    void revision.value;
    return computeMyWork({
      userName: deps.settings.value.userName,
      today: toIsoDate(now()),
      orgs: deps.organisations.all(),
      visits: visits.value,
      toDate: localDate,
    });
  });

  const memberTable = computed(() => {
    void revision.value;
    return computeMemberCounts({
      members: deps.members?.value ?? [],
      orgs: deps.organisations.all(),
      visits: visits.value,
      today: toIsoDate(now()),
      toDate: localDate,
    });
  });

  /** Commune name for a code; the code itself until the administrative units have loaded. */
  const communeName = computed(() => {
    const u = units.value;
    return (code: string) => (code === '' ? progressText.unknownCommune : (u?.commune(code)?.name ?? code));
  });

  async function refreshVisits(): Promise<void> {
    visits.value = await deps.visits.all();
  }

  async function loadOverrides(): Promise<ReadonlyMap<string, CommuneTarget>> {
    overrides.value = new Map((await deps.targets.all()).map((r) => [r.code, r]));
    return overrides.value;
  }

  /** Loads what the page needs besides organisations; keeps visits fresh while the page is open. */
  function activate(): () => void {
    void loadOverrides();
    void deps.loadAdminUnits().then((u) => (units.value = u));
    void refreshVisits();
    return deps.organisations.subscribe(() => void refreshVisits());
  }

  /** Saves communes' quotas in one transaction. */
  async function saveTargets(targets: readonly CommuneTarget[]): Promise<Outcome> {
    try {
      await deps.targets.saveMany(targets);
      const next = new Map(overrides.value);
      for (const target of targets) {
        if (target.enterprisePct === null && target.otherPct === null && target.deadline === null) next.delete(target.code);
        else next.set(target.code, target);
      }
      overrides.value = next;
      return done;
    } catch (error) {
      return failed(describeSaveError(error));
    }
  }

  const saveTarget = (target: CommuneTarget) => saveTargets([target]);

  /**
   * The summary this phone sends up (issue 15): the dashboard's figures per commune, no personal data.
   * Team sync writes the same document to the team database.
   */
  async function buildSummary(): Promise<CommuneSummary | null> {
    const [u, quotas] = await Promise.all([deps.loadAdminUnits(), loadOverrides()]);
    const s = deps.settings.value;
    return buildCommuneSummary({
      orgs: deps.organisations.all(),
      today: toIsoDate(now()),
      defaults: s.targets,
      overrides: quotas,
      extraCommunes: s.communeCodes,
      provinceOf: (code) => u.commune(code)?.provinceCode,
      provinceCode: s.provinceCode,
      computedAt: now().getTime(),
      computedBy: [s.team, s.userName].filter(Boolean).join(' — '),
    });
  }

  /** Takes the quotas a city or province file sets for this phone's communes; the dashboard uses them at once. */
  async function applyQuotaFile(fileName: string, text: string): Promise<Outcome<string>> {
    const read = readQuotaFile(text);
    if (!read.ok) return failed(rollupText.quotaProblem(read.problem, fileName));
    const here = new Set([...deps.settings.value.communeCodes, ...report.value.communes.map((c) => c.code)]);
    const quotas = quotasForCommunes(read.file, here);
    if (quotas.length === 0) return failed(rollupText.quotaNoCommune(fileName));
    const saved = await saveTargets(quotas);
    if (!saved.ok) return saved;
    await deps.loadAdminUnits().then((u) => (units.value = u));
    const pct = (v: number | null) => (v === null ? rollupText.quotaKeep : `${v}%`);
    const lines = quotas.map((q) =>
      rollupText.quotaLine(communeName.value(q.code), pct(q.enterprisePct), pct(q.otherPct), q.deadline ? formatViDate(q.deadline) : rollupText.quotaKeep),
    );
    return succeeded(rollupText.quotaApplied(read.file.setBy, formatViDate(toIsoDate(new Date(read.file.setAt))), lines.join('; ')));
  }

  return { report, myWork, memberTable, overrides, communeName, activate, loadOverrides, saveTarget, saveTargets, buildSummary, applyQuotaFile };
}

export type ProgressModel = ReturnType<typeof createProgressModel>;

declare module '../../context/services' {
  interface Services {
    progress: LazyModel<ProgressModel>;
  }
}
