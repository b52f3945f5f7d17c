import { computed, effect } from '@preact/signals';
import { describeDraftError, describeSaveError } from '../context/describe-error';
import { lazyModel } from '../context/lazy-model';
import type { Services } from '../context/services';
import type { AdminUnits, AdminUnitsData } from '../domain/admin-units';
import { createDocumentsModel } from '../features/documents/documents-model';
import { createFollowUpsModel } from '../features/followups/followups-model';
import { createRegistryModel } from '../features/registry/registry-model';
import { createTeamModel } from '../features/team/team-model';
import { flushAll } from '../pwa/flush';
import { createPwaModel } from '../pwa/pwa-model';
import { openDatabase } from '../storage/connection';
import { EidDatabase } from '../storage/db';
import { DraftRepository } from '../storage/draft-repository';
import { localFirstScreen } from '../storage/first-screen';
import { OrganisationRepository } from '../storage/organisation-repository';
import { readTeamMembership } from '../storage/outbox';
import { SettingsRepository } from '../storage/settings-repository';
import { VisitRepository } from '../storage/visit-repository';
import { WriteGuard } from '../storage/write-guard';
import { createAppStatusModel } from './models/app-status-model';
import { createDataLossModel } from './models/data-loss-model';
import { createMembersModel, type MembersModel } from './models/members-model';
import { createSettingsModel, type SettingsModel } from './models/settings-model';
import { createStorageModel } from './models/storage-model';

declare module '../context/services' {
  /** The shell's own models, which several features read. */
  interface Services {
    status: ReturnType<typeof createAppStatusModel>;
    storage: ReturnType<typeof createStorageModel>;
    pwa: ReturnType<typeof createPwaModel>;
    settings: SettingsModel;
    dataLoss: ReturnType<typeof createDataLossModel>;
    /** Member names offered for assignment. */
    members: MembersModel;
    /** The 3,321 communes, loaded on first need. */
    loadAdminUnits: () => Promise<AdminUnits>;
  }
}

/**
 * The composition root: the only place that builds repositories and models and
 * hands them to each other. Components receive the models through `useServices`
 * (never a repository); heavy models are lazy chunks built through `lazyModel`.
 */
export function createServices(db = new EidDatabase()): Services & { open(): Promise<void> } {
  const guard = new WriteGuard();
  const status = createAppStatusModel();
  const storage = createStorageModel();
  const pwa = createPwaModel();
  const drafts = new DraftRepository(db);
  const organisations = new OrganisationRepository(db, guard);
  const visits = new VisitRepository(db, guard, organisations);
  const documents = createDocumentsModel(() =>
    import('../storage/document-repository').then((m) => new m.DocumentRepository(db, guard)),
  );
  const settings = createSettingsModel(new SettingsRepository(db, guard), storage.afterRealSave);
  const userName = computed(() => settings.settings.value.userName);
  const registry = createRegistryModel({
    organisations,
    visits,
    drafts,
    userName: () => userName.value,
    firstScreen: localFirstScreen(db.name),
    loaded: () => status.openState.value === 'ready',
  });
  const followUps = createFollowUpsModel({ organisations, drafts });
  const team = createTeamModel({
    readMembership: () => readTeamMembership(db),
    openStore: () => import('../storage/team-store').then((m) => new m.TeamStore(db, guard, organisations)),
    onLocalChange: (listener) => organisations.subscribe(listener),
    userName: () => userName.value,
    records: organisations,
  });
  // Member names offered for assignment and counted on the progress screen: this phone's
  // user, names in the data, and the synced team's members (its database's _security).
  const members = createMembersModel({ organisations, userName, sources: [team.members] });
  const teamWork = lazyModel(() =>
    Promise.all([import('../features/registry/team-work-model'), import('../storage/erasure-repository')]).then(
      ([m, { ErasureRepository }]) =>
        m.createTeamWorkModel({
          organisations,
          erasures: new ErasureRepository(db, organisations),
          userName: () => userName.value,
          remember: members.remember,
        }),
    ),
  );
  const dataLoss = createDataLossModel(organisations);
  let adminUnits: Promise<AdminUnits> | null = null;

  /** A visit in progress for one organisation (autosaved as a draft until recorded). */
  const openVisit = (orgId: string) =>
    import('../features/visit/visit-session').then((m) =>
      m.createVisitSession(
        { drafts, organisations, visits, userName: () => settings.settings.value.userName, describeError: describeSaveError, describeDraftError },
        orgId,
      ),
    );

  /** The 3,321 communes load on first need (a lazy, precached chunk), not at start-up. */
  function loadAdminUnits(): Promise<AdminUnits> {
    adminUnits ??= Promise.all([import('../generated/admin-units.json'), import('../domain/admin-units')]).then(
      ([data, { AdminUnits }]) => new AdminUnits(data.default as unknown as AdminUnitsData),
    );
    return adminUnits;
  }

  const progressChunk = () =>
    Promise.all([
      import('../features/progress/progress.chunk'),
      import('../storage/commune-target-repository'),
      import('../storage/summary-repository'),
    ]);
  const progress = lazyModel(() =>
    progressChunk().then(([m, { CommuneTargetRepository }]) =>
      m.createProgressModel({
        organisations,
        visits,
        targets: new CommuneTargetRepository(db, guard),
        settings: settings.settings,
        members: members.members,
        loadAdminUnits,
      }),
    ),
  );
  // The roll-up shares the dashboard's quota table, so it is built on the progress model.
  const rollup = lazyModel(() =>
    Promise.all([progressChunk(), progress()]).then(([[m, , { SummaryRepository }], p]) =>
      m.createRollupModel({
        summaries: new SummaryRepository(db, guard),
        quotas: p.overrides,
        loadQuotas: p.loadOverrides,
        saveQuotas: p.saveTargets,
        settings: settings.settings,
        loadAdminUnits,
        following: computed(() => (team.membership.value?.role === 'province' ? team.membership.value.url : null)),
      }),
    ),
  );

  // Summaries go up and quotas come down through the team database (issue 15), once the phone has
  // joined one: only then are the progress models and this link loaded.
  const rollupSync = lazyModel(() =>
    Promise.all([import('../features/progress/rollup-sync'), progress(), rollup()]).then(([m, p, r]) =>
      m.connectRollupSync({
        team: team.membership,
        upsert: team.upsertDoc,
        onOrganisationsChange: (listener) => organisations.subscribe(listener),
        settings: settings.settings,
        progress: p,
        rollup: r,
        loadAdminUnits,
      }),
    ),
  );
  team.onRollupDocs(async (docs) => (await rollupSync()).receive(docs));
  effect(() => {
    if (team.membership.value) void rollupSync();
  });

  async function open(): Promise<void> {
    try {
      await openDatabase(db, guard, {
        onVersionChange: async () => {
          status.versionChanged.value = true;
          status.readOnly.value = 'upgrade-pending';
          await flushAll();
        },
        onBlocked: () => (status.upgradeBlocked.value = true),
        onDeletedUnderUs: () => dataLoss.check(true),
        onFirstStart: () => (status.firstStart.value = !dataLoss.expectsRecords()),
      });
      status.readOnly.value = guard.readOnlyReason;
      await settings.load();
      status.openState.value = 'loading';
      await organisations.loadAll((n) => (status.loadedRecords.value = n));
      // Chunks are never stored empty: no record in memory after loading means none stored.
      dataLoss.check(organisations.allWithTombstones().length === 0);
      status.openState.value = 'ready';
      void storage.refresh();
      if (!guard.readOnlyReason) void team.load();
    } catch (error) {
      console.error(error);
      status.openState.value = 'failed';
    }
  }

  const data = lazyModel(() =>
    Promise.all([
      import('../features/data/data.chunk'),
      import('../storage/import-repository'),
      import('../storage/backup-repository'),
    ]).then(([m, { ImportRepository }, { BackupRepository }]) =>
      m.createDataModel({
        organisations,
        visits,
        imports: new ImportRepository(db, organisations),
        backups: new BackupRepository(db, organisations),
        settings,
        dataLoss,
        documents,
        loadAdminUnits,
      }),
    ),
  );

  return {
    status,
    storage,
    pwa,
    settings,
    members,
    team,
    rollup,
    dataLoss,
    teamWork,
    loadAdminUnits,
    registry,
    followUps,
    progress,
    documents,
    openVisit,
    data,
    open,
  };
}
