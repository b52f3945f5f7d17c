import { signal } from '@preact/signals';
import { toIsoDate } from '../../domain/dates';
import { suggestGuideSlugs } from '../../domain/guide-suggestion';
import { newId } from '../../domain/ids';
import type { Organisation } from '../../domain/organisation';
import { done, failed, type Outcome, succeeded } from '../../domain/outcome';
import type { Visit } from '../../domain/visit';
import type { OutcomeError } from '../../domain/visit-draft';
import { finishVisit, newVisitDraft, outcomeErrors, type VisitDraft, visitDraftSchema } from '../../domain/visit-draft';
import { visitDraftKey } from '../../domain/draft-keys';
import { registerFlush } from '../../pwa/flush';
import type { DraftRepository } from '../../storage/draft-repository';
import type { OrganisationRepository } from '../../storage/organisation-repository';
import type { VisitRepository } from '../../storage/visit-repository';

export interface VisitSessionDeps {
  drafts: DraftRepository;
  organisations: Pick<OrganisationRepository, 'get'>;
  visits: Pick<VisitRepository, 'record'>;
  userName: () => string;
  describeError: (error: unknown) => string;
  describeDraftError: (error: unknown) => string;
}


/** Typing is saved after a pause; ticks and moves are saved at once. */
const TYPING_DELAY_MS = 400;

/**
 * One visit to one organisation, from first tick to the recorded outcome. Every
 * change is autosaved as a draft (under `visit:<orgId>`), flushed before any
 * reload the app does not control and when the tab is hidden, so a closed tab
 * or an accepted update resumes where it stopped.
 */
export function createVisitSession(deps: VisitSessionDeps, orgId: string) {
  const key = visitDraftKey(orgId);
  const org = signal<Organisation | null>(null);
  const draft = signal<VisitDraft | null>(null);
  const resumedFrom = signal<number | null>(null);
  const draftState = signal<'clean' | 'pending' | 'saved'>('clean');
  /** How the last draft write ended (after a failure, what was done is only on the screen). */
  const draftWrite = signal<Outcome>(done);
  const errors = signal<OutcomeError[]>([]);
  /** How the last attempt to record the visit ended, or null before any. */
  const recording = signal<Outcome<boolean> | null>(null);
  const finished = signal<Visit | null>(null);
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function load(): Promise<void> {
    const found = deps.organisations.get(orgId) ?? null;
    org.value = found;
    if (!found) return;
    const stored = await deps.drafts.get<unknown>(key);
    const parsed = stored ? visitDraftSchema.safeParse(stored.value) : null;
    if (parsed?.success && parsed.data.orgId === orgId) {
      draft.value = parsed.data;
      resumedFrom.value = stored!.savedAt;
      draftState.value = 'saved';
    } else {
      draft.value = newVisitDraft(orgId, suggestGuideSlugs(found.kind, found.status), Date.now());
    }
  }

  async function flush(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (draftState.value !== 'pending' || !draft.value) return;
    try {
      await deps.drafts.put(key, draft.value);
      draftState.value = 'saved';
      draftWrite.value = done;
    } catch (error) {
      draftWrite.value = failed(deps.describeDraftError(error));
    }
  }

  function update(change: (d: VisitDraft) => VisitDraft, options: { typing?: boolean } = {}): void {
    if (!draft.value || finished.value) return;
    draft.value = change(draft.value);
    draftState.value = 'pending';
    errors.value = [];
    clearTimeout(timer);
    if (options.typing) timer = setTimeout(() => void flush(), TYPING_DELAY_MS);
    else void flush();
  }

  async function discard(): Promise<void> {
    clearTimeout(timer);
    await deps.drafts.remove(key);
    resumedFrom.value = null;
    draftState.value = 'clean';
    const current = org.value;
    if (current) draft.value = newVisitDraft(orgId, suggestGuideSlugs(current.kind, current.status), Date.now());
  }

  /**
   * Records the visit and the organisation's new state in one transaction, both
   * computed from the organisation as stored then; the outcome is checked again
   * there (the status may have been changed elsewhere). Then drops the draft.
   * The value says whether it was recorded; when not, `errors` says why.
   */
  async function finish(): Promise<Outcome<boolean>> {
    recording.value = await record();
    return recording.value;
  }

  async function record(): Promise<Outcome<boolean>> {
    const d = draft.value;
    if (!d || !deps.organisations.get(orgId)) return succeeded(false);
    const today = toIsoDate(new Date());
    let problems: OutcomeError[] = [];
    try {
      const saved = await deps.visits.record(orgId, (current) => {
        problems = outcomeErrors(d, current, today);
        return problems.length > 0 ? null : finishVisit(d, current, { id: newId(), by: deps.userName(), at: Date.now() });
      });
      errors.value = problems;
      if (!saved) {
        org.value = deps.organisations.get(orgId) ?? org.value;
        return succeeded(false);
      }
      clearTimeout(timer);
      await deps.drafts.remove(key);
      org.value = saved.organisation;
      finished.value = saved.visit;
      return succeeded(true);
    } catch (error) {
      return failed(deps.describeError(error));
    }
  }

  const onHidden = () => document.visibilityState === 'hidden' && void flush();
  const unregister = registerFlush(flush);
  document.addEventListener('visibilitychange', onHidden);

  function dispose(): void {
    void flush();
    unregister();
    document.removeEventListener('visibilitychange', onHidden);
  }

  return { org, draft, resumedFrom, draftState, draftWrite, errors, recording, finished, load, update, flush, discard, finish, dispose };
}

export type VisitSession = ReturnType<typeof createVisitSession>;

declare module '../../context/services' {
  interface Services {
    /** A visit in progress for one organisation (autosaved as a draft until recorded); its code is a lazy chunk. */
    openVisit: (orgId: string) => Promise<VisitSession>;
  }
}
