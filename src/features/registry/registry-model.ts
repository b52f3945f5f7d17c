import { signal } from '@preact/signals';
import { describeSaveError } from '../../context/describe-error';
import { toIsoDate } from '../../domain/dates';
import { idForNew } from '../../domain/ids';
import type { Organisation } from '../../domain/organisation';
import type { OrgFormField, OrgFormValues } from '../../domain/organisation-form';
import { done, failed, type Outcome, succeeded } from '../../domain/outcome';
import { isFiltering, type RegistryQuery } from '../../domain/registry-query';
import { rowArray } from '../../domain/row-list';
import { applyStatusChange, type StatusChangeRequest } from '../../domain/status-change';
import { parseTaxCode } from '../../domain/tax-code';
import { statusLabels } from '../../i18n/labels';
import { detailText, formText } from '../../i18n/registry';
import type { DraftRepository } from '../../storage/draft-repository';
import { FIRST_SCREEN_ROWS, type FirstScreen, type FirstScreenStore } from '../../storage/first-screen';
import type { OrganisationRepository, Revision } from '../../storage/organisation-repository';
import type { VisitRepository } from '../../storage/visit-repository';
import { createLiveIndex } from './live-index';

interface Deps {
  organisations: OrganisationRepository;
  visits: VisitRepository;
  drafts: DraftRepository;
  /** Who is making changes (the name in Settings). */
  userName: () => string;
  now?: () => number;
  /** The list's first screen kept between visits, shown while the records load. */
  firstScreen?: FirstScreenStore;
  /** Every record has been read. */
  loaded?: () => boolean;
}

const DEFAULT_LIST: RegistryQuery = { q: '', commune: '', kind: '', status: '', due: '', problem: false, mine: false, sort: 'name' };
/** The first-screen snapshot is written this long after the last change, not on every change of a burst. */
const SNAPSHOT_DELAY_MS = 1_000;

/** The record changed elsewhere in fields the user changed too: both values are shown, the user picks. */
export interface EditConflict {
  /** The record's form values as stored now. */
  theirs: OrgFormValues;
  fields: OrgFormField[];
}
/** A save either wrote the record (its id) or wrote nothing and hands back what the user must decide first. */
export type EditSaved = { id: string } | { conflict: EditConflict };

/** An edit of an existing record: its id and its form values when the form was opened. */
export interface EditBase {
  id: string;
  base: OrgFormValues;
}

/**
 * The registry's state and verbs. Queries run over a RegistryIndex that a saved
 * edit updates in place (live-index.ts); sorting 100,000 names with the
 * Vietnamese collator takes a few hundred ms, so it happens only after bulk
 * changes, in slices, and never per keystroke.
 */
export function createRegistryModel({ organisations, visits, drafts, userName, now = Date.now, firstScreen, loaded = () => true }: Deps) {
  const version = signal(organisations.version);
  organisations.subscribe(() => (version.value = organisations.version));
  const lastDeleted = signal<Organisation | null>(null);
  const live = createLiveIndex(organisations);
  let lastRun: { key: string; result: ReturnType<ReturnType<typeof live.current>['run']> } | null = null;

  /** Rows and filter counts for a query; reading `version` makes callers re-render on data changes. */
  function query(q: RegistryQuery) {
    const today = toIsoDate(new Date(now()));
    const me = userName();
    const key = `${version.value}|${live.revision.value}|${today}|${me}|${JSON.stringify(q)}`;
    if (lastRun?.key !== key) lastRun = { key, result: live.current(q.sort).run(q, today, me) };
    return lastRun.result;
  }

  function total(): number {
    void version.value;
    void live.revision.value;
    return live.current('name').size;
  }

  const early = firstScreen?.read() ?? null;
  let settled = early === null;

  /**
   * While the records load (and the index is first built), the default list as
   * the snapshot has it; null once the real list can answer, and for any other
   * query (a search needs the records).
   */
  function earlyList(q: RegistryQuery): FirstScreen | null {
    if (settled) return null;
    if (loaded()) {
      live.current(q.sort);
      settled = !live.rebuilding.value;
      if (settled) return null;
    }
    return isFiltering(q) || q.sort !== DEFAULT_LIST.sort ? null : early;
  }

  let snapshotTimer: ReturnType<typeof setTimeout> | undefined;
  function scheduleSnapshot(): void {
    clearTimeout(snapshotTimer);
    snapshotTimer = setTimeout(writeSnapshot, SNAPSHOT_DELAY_MS);
  }
  function writeSnapshot(): void {
    if (!firstScreen || !loaded()) return;
    const index = live.current(DEFAULT_LIST.sort);
    if (live.rebuilding.peek()) {
      scheduleSnapshot();
      return;
    }
    const { rows } = index.run(DEFAULT_LIST, toIsoDate(new Date(now())));
    firstScreen.write({ total: index.size, demo: demoCount(), rows: rowArray(rows, FIRST_SCREEN_ROWS) });
  }
  if (firstScreen) organisations.subscribe(scheduleSnapshot);

  let demoMemo = { version: -1, count: 0 };
  function demoCount(): number {
    if (!settled && early && !loaded()) return early.demo;
    if (demoMemo.version !== version.value) {
      let count = 0;
      for (const o of organisations.all()) if (o.demo) count++;
      demoMemo = { version: version.value, count };
    }
    return demoMemo.count;
  }

  function get(id: string): Organisation | undefined {
    void version.value;
    const org = organisations.get(id);
    return org && org.deletedAt === null ? org : undefined;
  }

  /** The id a record was joined into by a merge (same organisation, another phone's id), if it was. */
  function joinedInto(id: string): string | undefined {
    void version.value;
    return organisations.get(id)?.mergedInto;
  }

  /** Another live record with the same tax code, for the duplicate warning. */
  function duplicateOf(taxCode: string, selfId: string | null): Organisation | undefined {
    const parsed = parseTaxCode(taxCode, true);
    if (!parsed.ok) return undefined;
    return organisations.all().find((o) => o.taxCode === parsed.value && o.id !== selfId);
  }

  async function attempt<T>(write: () => Promise<T>): Promise<Outcome<T>> {
    try {
      return succeeded(await write());
    } catch (error) {
      return failed(describeSaveError(error));
    }
  }

  /** Applies one revision of a record, computed from it as stored at commit time; `message` when it was left as it is. */
  async function revise(id: string, change: Revision['revise'], unchanged: () => string | null = () => null): Promise<Outcome<string>> {
    const result = await attempt(async () => {
      await organisations.write({ revisions: [{ id, revise: change }] });
      return id;
    });
    const message = result.ok ? unchanged() : null;
    return message ? failed(message) : result;
  }

  /**
   * Creates a record, or saves an edit over the record as stored now: only the
   * fields the user changed since the form opened are written, so a change made
   * elsewhere meanwhile (another tab, an import, a merge) is kept; a field changed
   * on both sides comes back as a conflict and nothing is written.
   */
  async function save(values: OrgFormValues, edit: EditBase | null): Promise<Outcome<EditSaved>> {
    // The form rules come with the form page's chunk; the registry's first screen does not need them.
    const [{ formTaxCode, organisationFromForm, orgFormFrom }, { mergeOrgEdit }] = await Promise.all([
      import('../../domain/organisation-form'),
      import('../../domain/organisation-edit'),
    ]);
    if (!edit) {
      return attempt(async () => {
        const id = idForNew(formTaxCode(values), (id) => organisations.get(id) !== undefined);
        const org = organisationFromForm(values, null, { id, by: userName(), at: now() });
        await organisations.save(org);
        return { id: org.id };
      });
    }
    let conflict = null as EditConflict | null;
    let deleted = true;
    const result = await revise(
      edit.id,
      (current) => {
        if (current.deletedAt !== null) return 'keep';
        deleted = false;
        const theirs = orgFormFrom(current);
        const { merged, conflicts } = mergeOrgEdit(edit.base, values, theirs);
        if (conflicts.length > 0) {
          conflict = { theirs, fields: conflicts };
          return 'keep';
        }
        return organisationFromForm(merged, current, { id: edit.id, by: userName(), at: now() });
      },
      () => (deleted ? formText.deletedElsewhere : null),
    );
    if (conflict) return succeeded({ conflict });
    return result.ok ? succeeded({ id: result.value }) : result;
  }

  /** The move the user chose from the status they saw; refused if the status was changed elsewhere meanwhile. */
  function changeStatus(org: Organisation, change: Omit<StatusChangeRequest, 'by' | 'at'>): Promise<Outcome<string>> {
    let movedTo = null as Organisation['status'] | null;
    return revise(
      org.id,
      (current) => {
        if (current.status !== org.status) {
          movedTo = current.status;
          return 'keep';
        }
        return applyStatusChange(current, { ...change, by: userName(), at: now() });
      },
      () => (movedTo ? detailText.statusChangedElsewhere(statusLabels[movedTo]) : null),
    );
  }

  /** Deletes with a tombstone (merges must learn of it) and remembers it for undo. */
  async function remove(org: Organisation): Promise<Outcome<string>> {
    const result = await revise(org.id, (current) => ({ ...current, deletedAt: now(), updatedAt: now(), updatedBy: userName() }));
    if (result.ok) lastDeleted.value = org;
    return result;
  }

  async function undoRemove(): Promise<Outcome> {
    const org = lastDeleted.value;
    if (!org) return done;
    const result = await revise(org.id, (current) => ({ ...current, deletedAt: null, updatedAt: now(), updatedBy: userName() }));
    if (!result.ok) return result;
    lastDeleted.value = null;
    return done;
  }

  /** Adds the demo registry (the generator is a lazy chunk: most users never need it). */
  function loadDemo(): Promise<Outcome> {
    return attempt(async () => {
      const { generateDemoOrganisations } = await import('../../domain/demo-data');
      await organisations.saveMany(generateDemoOrganisations({ seed: 2025, count: 300, now: now() }));
    });
  }

  /** Removes every demo record for good; the value is how many were removed. */
  function removeDemo(): Promise<Outcome<number>> {
    const ids = organisations.allWithTombstones().filter((o) => o.demo).map((o) => o.id);
    return attempt(() => organisations.removeMany(ids));
  }

  return {
    version,
    /** The index is being rebuilt after a bulk change: the list shows the previous one meanwhile. */
    rebuilding: live.rebuilding,
    lastDeleted,
    query,
    earlyList,
    total,
    demoCount,
    get,
    joinedInto,
    duplicateOf,
    save,
    changeStatus,
    remove,
    undoRemove,
    loadDemo,
    removeDemo,
    visitsOf: (id: string) => visits.listForOrg(id),
    /** The form's autosaved drafts (`org:<id|new>`), read and written by `useOrgDraft`. */
    drafts: { get: <T>(key: string) => drafts.get<T>(key), put: (key: string, value: unknown) => drafts.put(key, value), remove: (key: string) => drafts.remove(key) },
  };
}

export type RegistryModel = ReturnType<typeof createRegistryModel>;

declare module '../../context/services' {
  interface Services {
    registry: RegistryModel;
  }
}
