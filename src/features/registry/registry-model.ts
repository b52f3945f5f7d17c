import { signal } from '@preact/signals';
import { toIsoDate } from '../../domain/dates';
import { newId } from '../../domain/ids';
import type { Organisation } from '../../domain/organisation';
import { type OrgFormValues, organisationFromForm } from '../../domain/organisation-form';
import { RegistryIndex } from '../../domain/registry-index';
import type { RegistryQuery } from '../../domain/registry-query';
import { applyStatusChange, type StatusChangeRequest } from '../../domain/status-change';
import { parseTaxCode } from '../../domain/tax-code';
import type { StoredOrganisation } from '../../storage/db';
import type { OrganisationRepository } from '../../storage/organisation-repository';
import type { VisitRepository } from '../../storage/visit-repository';
import { describeSaveError } from '../../app/models/describe-error';

interface Deps {
  organisations: OrganisationRepository;
  visits: VisitRepository;
  /** Who is making changes (the name in Settings). */
  userName: () => string;
  now?: () => number;
}

type Result = { ok: true; id: string } | { ok: false; message: string };

/**
 * The registry's state and verbs. Queries run over a RegistryIndex rebuilt when
 * the repository's version changes; sorting 100,000 names with the Vietnamese
 * collator takes a few hundred ms, so it happens once per data change and sort
 * key, never per keystroke.
 */
export function createRegistryModel({ organisations, visits, userName, now = Date.now }: Deps) {
  const version = signal(organisations.version);
  organisations.subscribe(() => (version.value = organisations.version));
  const lastDeleted = signal<Organisation | null>(null);
  let index = { version: -1, index: new RegistryIndex<StoredOrganisation>([]) };
  let lastRun: { key: string; result: ReturnType<RegistryIndex<StoredOrganisation>['run']> } | null = null;

  function currentIndex(): RegistryIndex<StoredOrganisation> {
    if (index.version !== organisations.version) index = { version: organisations.version, index: new RegistryIndex(organisations.all()) };
    return index.index;
  }

  /** Rows and filter counts for a query; reading `version` makes callers re-render on data changes. */
  function query(q: RegistryQuery) {
    const today = toIsoDate(new Date(now()));
    const key = `${version.value}|${today}|${JSON.stringify(q)}`;
    if (lastRun?.key !== key) lastRun = { key, result: currentIndex().run(q, today) };
    return lastRun.result;
  }

  function total(): number {
    void version.value;
    return currentIndex().size;
  }

  let demoMemo = { version: -1, count: 0 };
  function demoCount(): number {
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

  async function attempt(write: () => Promise<string>): Promise<Result> {
    try {
      return { ok: true, id: await write() };
    } catch (error) {
      return { ok: false, message: describeSaveError(error) };
    }
  }

  function save(values: OrgFormValues, base: Organisation | null): Promise<Result> {
    return attempt(async () => {
      const org = organisationFromForm(values, base, { id: newId(), by: userName(), at: now() });
      await organisations.save(org);
      return org.id;
    });
  }

  function changeStatus(org: Organisation, change: Omit<StatusChangeRequest, 'by' | 'at'>): Promise<Result> {
    return attempt(async () => {
      await organisations.save(applyStatusChange(org, { ...change, by: userName(), at: now() }));
      return org.id;
    });
  }

  /** Deletes with a tombstone (merges must learn of it) and remembers it for undo. */
  function remove(org: Organisation): Promise<Result> {
    return attempt(async () => {
      await organisations.save({ ...org, deletedAt: now(), updatedAt: now(), updatedBy: userName() });
      lastDeleted.value = org;
      return org.id;
    });
  }

  function undoRemove(): Promise<Result> {
    const org = lastDeleted.value;
    if (!org) return Promise.resolve({ ok: false, message: '' });
    return attempt(async () => {
      await organisations.save({ ...org, deletedAt: null, updatedAt: now(), updatedBy: userName() });
      lastDeleted.value = null;
      return org.id;
    });
  }

  /** Adds the demo registry (the generator is a lazy chunk: most users never need it). */
  function loadDemo(): Promise<Result> {
    return attempt(async () => {
      const { generateDemoOrganisations } = await import('../../domain/demo-data');
      await organisations.saveMany(generateDemoOrganisations({ seed: 2025, count: 300, now: now() }));
      return '';
    });
  }

  async function removeDemo(): Promise<Result> {
    const ids = organisations.allWithTombstones().filter((o) => o.demo).map((o) => o.id);
    return attempt(async () => String(await organisations.removeMany(ids)));
  }

  return {
    version,
    lastDeleted,
    query,
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
  };
}

export type RegistryModel = ReturnType<typeof createRegistryModel>;
