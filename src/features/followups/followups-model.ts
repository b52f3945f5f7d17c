import { signal } from '@preact/signals';
import { followUpsDue } from '../../domain/follow-ups';
import { VISIT_DRAFT_PREFIX } from '../../domain/draft-keys';
import type { DraftRepository } from '../../storage/draft-repository';
import type { OrganisationRepository } from '../../storage/organisation-repository';

interface Deps {
  organisations: OrganisationRepository;
  drafts: DraftRepository;
}

/** Follow-ups due and overdue, kept current as records change (here, in another tab or by an import), and visits left unfinished. */
export function createFollowUpsModel({ organisations, drafts }: Deps) {
  const version = signal(organisations.version);
  organisations.subscribe(() => (version.value = organisations.version));

  /** Due on `asOf` and overdue before it; reading it subscribes the caller to changes. */
  function dueOn(asOf: string) {
    void version.value;
    return followUpsDue(organisations.all(), asOf);
  }

  /** Organisations with a visit draft (drafts survive reloads and updates); the name is null for a record no longer there. */
  async function unfinishedVisits(): Promise<{ id: string; name: string | null }[]> {
    const keys = await drafts.keysWithPrefix(VISIT_DRAFT_PREFIX);
    return keys.map((key) => {
      const id = key.slice(VISIT_DRAFT_PREFIX.length);
      return { id, name: organisations.get(id)?.name ?? null };
    });
  }

  return { dueOn, unfinishedVisits };
}

declare module '../../context/services' {
  interface Services {
    followUps: ReturnType<typeof createFollowUpsModel>;
  }
}
