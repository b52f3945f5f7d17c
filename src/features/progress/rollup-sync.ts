import { effect, type ReadonlySignal } from '@preact/signals';
import type { AdminUnits } from '../../domain/admin-units';
import type { Outcome } from '../../domain/outcome';
import type { CommuneTarget } from '../../domain/progress/targets';
import type { CommuneSummary } from '../../domain/rollup/summary';
import type { Settings } from '../../domain/settings';
import { type QuotaDoc, type SummaryDoc, sameQuota, sameSummary, toQuotaDoc, toSummaryDocs } from '../../domain/sync/rollup-docs';
import { databaseNameOf } from '../../domain/sync/team-link';

/** The team this phone syncs with, as far as the roll-up cares. */
export interface RollupTeam {
  url: string;
  role?: 'province';
}

interface Deps {
  team: ReadonlySignal<RollupTeam | null>;
  /** Writes one of this phone's documents into the sync database (`build`: null leaves the stored one). */
  upsert: (id: string, build: (stored: unknown) => Record<string, unknown> | null) => Promise<void>;
  onOrganisationsChange: (listener: () => void) => void;
  settings: ReadonlySignal<Settings>;
  progress: {
    overrides: ReadonlySignal<ReadonlyMap<string, CommuneTarget>>;
    buildSummary: () => Promise<CommuneSummary | null>;
    applyQuotaFile: (name: string, text: string) => Promise<Outcome<string>>;
  };
  rollup: {
    provinceCode: ReadonlySignal<string | null>;
    loaded: ReadonlySignal<boolean>;
    activate: () => Promise<void>;
    receive: (files: readonly { name: string; text: string }[]) => Promise<void>;
  };
  loadAdminUnits: () => Promise<AdminUnits>;
  /** How long figures must stay unchanged before they are written (a burst of edits writes once). */
  delayMs?: number;
  now?: () => number;
}

/**
 * The roll-up through team sync (issue 15). A commune phone writes the summary
 * of the communes its Settings name into its team database, a while after the
 * figures last changed, and takes the quotas that arrive there as if from a
 * quota file. An officer's phone following a province database writes the
 * quotas it set there and takes the summaries that arrive as if opened from
 * files: the same checks, the same messages.
 */
export function connectRollupSync(deps: Deps) {
  const delay = deps.delayMs ?? 2000;
  const now = deps.now ?? Date.now;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing = Promise.resolve();

  function schedule(): void {
    if (!deps.team.value) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      writing = writing.then(write).catch((error: unknown) => console.error(error));
    }, delay);
  }

  async function write(): Promise<void> {
    const team = deps.team.value;
    if (!team) return;
    if (team.role === 'province') await writeQuotas();
    else await writeSummaries();
  }

  async function writeSummaries(): Promise<void> {
    const own = new Set(deps.settings.value.communeCodes);
    if (own.size === 0) return;
    const summary = await deps.progress.buildSummary();
    if (!summary) return;
    for (const doc of toSummaryDocs(summary, own)) await deps.upsert(doc._id, (stored) => (sameSummary(stored, doc) ? null : doc));
  }

  async function writeQuotas(): Promise<void> {
    const province = deps.rollup.provinceCode.value;
    if (!province) return;
    const units = await deps.loadAdminUnits();
    for (const quota of deps.progress.overrides.value.values()) {
      if (units.commune(quota.code)?.provinceCode !== province) continue;
      const doc = toQuotaDoc(province, quota, now());
      await deps.upsert(doc._id, (stored) => (sameQuota(stored, doc) ? null : doc));
    }
  }

  /** Documents that arrived: summaries for the province view, quotas for the commune's dashboard; each phone's own kind is its own echo. */
  async function receive(docs: readonly (SummaryDoc | QuotaDoc)[]): Promise<void> {
    const team = deps.team.value;
    if (!team) return;
    // Where a document came from names it, as a file's name does.
    const name = (id: string) => `${databaseNameOf(team.url)}/${id}`;
    if (team.role === 'province') {
      const summaries = docs.filter((d): d is SummaryDoc => d.type === 'summary');
      if (summaries.length === 0) return;
      if (!deps.rollup.loaded.value) await deps.rollup.activate();
      await deps.rollup.receive(summaries.map((d) => ({ name: name(d._id), text: JSON.stringify(d.summary) })));
      return;
    }
    // A quota for a commune this phone does not hold changes nothing (the file path's own rule).
    for (const doc of docs) if (doc.type === 'quota') await deps.progress.applyQuotaFile(name(doc._id), JSON.stringify(doc.quotas));
  }

  deps.onOrganisationsChange(schedule);
  effect(() => {
    void deps.team.value;
    void deps.settings.value;
    void deps.progress.overrides.value;
    void deps.rollup.provinceCode.value;
    schedule();
  });

  /** Resolves once the writes begun so far are done. */
  const idle = () => writing;

  return { receive, idle };
}
