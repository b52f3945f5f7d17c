import { computed, type ReadonlySignal, signal } from '@preact/signals';
import { describeSaveError } from '../../context/describe-error';
import type { LazyModel } from '../../context/lazy-model';
import type { AdminUnits } from '../../domain/admin-units';
import { toIsoDate } from '../../domain/dates';
import { failed, type Outcome } from '../../domain/outcome';
import type { CommuneTarget } from '../../domain/progress/targets';
import { acceptSummaries } from '../../domain/rollup/accept';
import { buildQuotaFile, type QuotaFile } from '../../domain/rollup/quota-file';
import type { ReceivedCommune } from '../../domain/rollup/received';
import { computeRollup } from '../../domain/rollup/rollup';
import type { Settings } from '../../domain/settings';
import { databaseNameOf } from '../../domain/sync/team-link';
import { progressText } from '../../i18n/progress';
import { summaryProblemText, summaryReplacedText, rollupText as t } from '../../i18n/rollup';
import type { SummaryRepository } from '../../storage/summary-repository';

export interface RollupMessage {
  tone: 'danger' | 'info';
  text: string;
}

interface Deps {
  summaries: SummaryRepository;
  /** The quotas on this phone (the commune-quota table), shared with the commune dashboard. */
  quotas: ReadonlySignal<ReadonlyMap<string, CommuneTarget>>;
  loadQuotas: () => Promise<unknown>;
  saveQuotas: (targets: readonly CommuneTarget[]) => Promise<Outcome>;
  settings: ReadonlySignal<Settings>;
  loadAdminUnits: () => Promise<AdminUnits>;
  /** The URL of the province database this phone follows (team sync), if any: its summaries arrive through `receive`. */
  following?: ReadonlySignal<string | null>;
  now?: () => Date;
}

/**
 * The city/province roll-up: summaries opened from files are checked, the newest
 * per commune kept (in IndexedDB, so the view survives a reload) and added up.
 * `receive` takes named JSON texts, whatever brought them: files today, and
 * the province database when team sync reads summaries from it.
 */
export function createRollupModel(deps: Deps) {
  const now = deps.now ?? (() => new Date());
  const received = signal<ReceivedCommune[]>([]);
  const units = signal<AdminUnits | null>(null);
  const messages = signal<RollupMessage[]>([]);
  const loaded = signal(false);
  /** The name of the province database followed, or null. */
  const following = computed(() => (deps.following?.value ? databaseNameOf(deps.following.value) : null));

  /** The province open: that of the summaries, else of Settings. */
  const provinceCode = computed(() => received.value[0]?.provinceCode ?? (deps.settings.value.provinceCode || null));

  const report = computed(() => {
    const province = provinceCode.value;
    const u = units.value;
    const inProvince = new Map([...deps.quotas.value].filter(([code]) => !u || u.commune(code)?.provinceCode === province));
    return computeRollup({
      received: received.value,
      quotas: inProvince,
      provinceTargets: deps.settings.value.targets,
      today: toIsoDate(now()),
      provinceCommunes: u && province ? u.communes.filter((c) => c.provinceCode === province).map((c) => c.code) : [],
    });
  });

  const communeName = computed(() => {
    const u = units.value;
    return (code: string) => (code === '' ? progressText.unknownCommune : (u?.commune(code)?.name ?? code));
  });
  const provinceName = computed(() => {
    const u = units.value;
    return (code: string) => u?.province(code)?.name ?? code;
  });

  async function activate(): Promise<void> {
    const [rows, u] = await Promise.all([deps.summaries.all(), deps.loadAdminUnits(), deps.loadQuotas()]);
    received.value = rows;
    units.value = u;
    loaded.value = true;
  }

  /** Checks and keeps the given summaries; a refused file changes nothing and is named in a message. */
  async function receive(files: readonly { name: string; text: string }[]): Promise<void> {
    if (!units.value) units.value = await deps.loadAdminUnits();
    const result = acceptSummaries(received.value, files, received.value[0]?.provinceCode ?? null);
    const name = communeName.value;
    const out: RollupMessage[] = result.problems.map((p) => ({ tone: 'danger', text: summaryProblemText(p, name, provinceName.value) }));
    if (result.accepted.length > 0) {
      try {
        await deps.summaries.putMany(result.accepted);
      } catch (error) {
        messages.value = [{ tone: 'danger', text: describeSaveError(error) }];
        return;
      }
      const byCode = new Map(received.value.map((r) => [r.code, r]));
      for (const row of result.accepted) byCode.set(row.code, row);
      received.value = [...byCode.values()];
      out.unshift({ tone: 'info', text: t.opened(result.accepted.length) }, ...result.replaced.map((r) => ({ tone: 'info' as const, text: summaryReplacedText(r, name) })));
    }
    messages.value = out;
  }

  async function openFiles(files: readonly File[]): Promise<void> {
    await receive(await Promise.all(files.map(async (f) => ({ name: f.name, text: await f.text() }))));
  }

  async function clear(): Promise<void> {
    try {
      await deps.summaries.clear();
      received.value = [];
      messages.value = [{ tone: 'info', text: t.cleared }];
    } catch (error) {
      messages.value = [{ tone: 'danger', text: describeSaveError(error) }];
    }
  }

  /** Sets one commune's quota, or every commune's of the province ('' = all), stamped with who and when. */
  async function setQuota(code: string, values: Omit<CommuneTarget, 'code'>): Promise<Outcome> {
    const province = provinceCode.value;
    const u = units.value;
    if (!province || !u) return failed(t.quotas.needProvince);
    const codes = code ? [code] : u.communes.filter((c) => c.provinceCode === province).map((c) => c.code);
    const s = deps.settings.value;
    const setBy = [s.userName, s.team].filter(Boolean).join(' — ');
    return deps.saveQuotas(codes.map((c) => ({ ...values, code: c, setBy, setAt: now().getTime() })));
  }

  /** The quota file to send down, or null while no quota is set in the province. */
  function quotaFile(): QuotaFile | null {
    const province = provinceCode.value;
    const u = units.value;
    if (!province || !u) return null;
    const inProvince = [...deps.quotas.value.values()].filter((q) => u.commune(q.code)?.provinceCode === province);
    const s = deps.settings.value;
    return buildQuotaFile(province, inProvince, [s.userName, s.team].filter(Boolean).join(' — '), now().getTime());
  }

  return { received, report, units, messages, loaded, following, provinceCode, communeName, provinceName, activate, receive, openFiles, clear, setQuota, quotaFile };
}

export type RollupModel = ReturnType<typeof createRollupModel>;

declare module '../../context/services' {
  interface Services {
    rollup: LazyModel<RollupModel>;
  }
}
