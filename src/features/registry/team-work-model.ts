import { describeSaveError } from '../../context/describe-error';
import type { LazyModel } from '../../context/lazy-model';
import { done, failed, type Outcome, succeeded } from '../../domain/outcome';
import { assignTo, cleanMemberName } from '../../domain/team/assignment';
import { holdsPersonalData } from '../../domain/team/erasure';
import { teamWorkText } from '../../i18n/team-work';
import type { ErasureRepository } from '../../storage/erasure-repository';
import type { OrganisationRepository } from '../../storage/organisation-repository';

interface Deps {
  organisations: OrganisationRepository;
  erasures: ErasureRepository;
  /** Who is making changes (the name in Settings). */
  userName: () => string;
  /** Called with each name work is assigned to, so the member list offers it next time. */
  remember: (name: string) => void;
  now?: () => number;
}

/**
 * Team work on the registry: assigning organisations to members (one, or every
 * record of a filtered list in one transaction) and erasing a representative's
 * personal data. Every write is computed from the record as stored at commit time.
 */
export function createTeamWorkModel({ organisations, erasures, userName, remember, now = Date.now }: Deps) {
  async function attempt<T>(write: () => Promise<T>): Promise<Outcome<T>> {
    try {
      return succeeded(await write());
    } catch (error) {
      return failed(describeSaveError(error));
    }
  }

  /** Assigns the records to `name` ('' = to nobody); the value is how many changed. */
  function assignMany(ids: readonly string[], name: string): Promise<Outcome<number>> {
    const clean = cleanMemberName(name);
    return attempt(async () => {
      const stamp = { at: now(), by: userName() };
      const revised = await organisations.write({ revisions: ids.map((id) => ({ id, revise: (current) => assignTo(current, clean, stamp) })) });
      if (clean) remember(clean);
      return revised.length;
    });
  }

  /** Assigns one record; a name is required (use `unassign` to clear). */
  async function assign(id: string, name: string): Promise<Outcome> {
    if (!cleanMemberName(name)) return failed(teamWorkText.nameNeeded);
    const result = await assignMany([id], name);
    return result.ok ? done : result;
  }

  async function unassign(id: string): Promise<Outcome> {
    const result = await assignMany([id], '');
    return result.ok ? done : result;
  }

  /** Erases the representative's personal data from the record, its visits and drafts on this phone. */
  async function erase(id: string): Promise<Outcome> {
    const org = organisations.get(id);
    if (!org || !holdsPersonalData(org)) return failed(teamWorkText.erase.nothing);
    return attempt(async () => {
      await erasures.erase(id, { at: now(), by: userName() });
    });
  }

  return { assign, assignMany, unassign, erase };
}

export type TeamWorkModel = ReturnType<typeof createTeamWorkModel>;

declare module '../../context/services' {
  interface Services {
    /** Assignment and erasure: actions taken from an organisation's page or a filtered list, so a lazy chunk. */
    teamWork: LazyModel<TeamWorkModel>;
  }
}
