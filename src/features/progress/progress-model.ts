import type { ReadonlySignal } from '@preact/signals';
import { computed, signal } from '@preact/signals';
import { describeSaveError } from '../../context/describe-error';
import type { AdminUnits } from '../../domain/admin-units';
import { toIsoDate } from '../../domain/dates';
import { done, failed, type Outcome } from '../../domain/outcome';
import { computeMemberCounts } from '../../domain/progress/member-counts';
import { computeMyWork } from '../../domain/progress/my-work';
import { computeProgressReport } from '../../domain/progress/report';
import type { CommuneTarget } from '../../domain/progress/targets';
import type { Settings } from '../../domain/settings';
import type { Visit } from '../../domain/visit';
import { progressText } from '../../i18n/progress';
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

  /** Loads what the page needs besides organisations; keeps visits fresh while the page is open. */
  function activate(): () => void {
    void deps.targets.all().then((rows) => (overrides.value = new Map(rows.map((r) => [r.code, r]))));
    void deps.loadAdminUnits().then((u) => (units.value = u));
    void refreshVisits();
    return deps.organisations.subscribe(() => void refreshVisits());
  }

  /** Saves a commune's quota. */
  async function saveTarget(target: CommuneTarget): Promise<Outcome> {
    try {
      await deps.targets.save(target);
      const next = new Map(overrides.value);
      if (target.enterprisePct === null && target.otherPct === null && target.deadline === null) next.delete(target.code);
      else next.set(target.code, target);
      overrides.value = next;
      return done;
    } catch (error) {
      return failed(describeSaveError(error));
    }
  }

  return { report, myWork, memberTable, overrides, communeName, activate, saveTarget };
}

declare module '../../context/services' {
  interface Services {
    progress: ReturnType<typeof createProgressModel>;
  }
}
