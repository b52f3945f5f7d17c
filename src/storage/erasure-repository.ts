import type { Organisation } from '../domain/organisation';
import { orgDraftKey, visitDraftKey } from '../domain/draft-keys';
import { type Erasure, erasePersonalData, holdsPersonalData, personalTraces, scrubDispute, scrubVisit } from '../domain/team/erasure';
import type { EidDatabase } from './db';
import type { OrganisationRepository } from './organisation-repository';

/**
 * Erasing a representative's personal data (Law 91/2025/QH15) on this phone, in
 * one transaction: the record (domain/team/erasure.ts), the person's name and
 * numbers cut out of its aliases, of its visits' notes and of the values the
 * review list keeps for it, and the drafts that may hold them (the edit form's and an unfinished visit's).
 */
export class ErasureRepository {
  constructor(
    private readonly db: EidDatabase,
    private readonly organisations: OrganisationRepository,
  ) {}

  /** The erased record, or null when there is no live record with that id. */
  async erase(orgId: string, stamp: Erasure): Promise<Organisation | null> {
    let erased: Organisation | null = null;
    let traces = null as ReturnType<typeof personalTraces> | null;
    await this.organisations.write(
      {
        revisions: [
          {
            id: orgId,
            revise: (current) => {
              if (current.deletedAt !== null) return 'keep';
              traces = personalTraces(current);
              erased = erasePersonalData(current, stamp);
              return erased;
            },
          },
          // Its aliases (ids a merge or the id migration joined into it) hold a copy of it.
          ...this.organisations
            .allWithTombstones()
            .filter((o) => o.mergedInto === orgId && holdsPersonalData(o))
            .map((o) => ({ id: o.id, revise: (current: Organisation) => (erased ? erasePersonalData(current, stamp) : ('keep' as const)) })),
        ],
      },
      {
        tables: ['visits', 'drafts', 'reviews'],
        write: async () => {
          if (!traces) return;
          const found = traces;
          await this.db.visits.where('orgId').equals(orgId).modify((v) => {
            Object.assign(v, scrubVisit(v, found));
          });
          await this.db.drafts.bulkDelete([orgDraftKey(orgId), visitDraftKey(orgId)]);
          const review = await this.db.reviews.get(orgId);
          if (review) await this.db.reviews.put({ id: orgId, dispute: scrubDispute(review.dispute, [found]) });
        },
      },
    );
    return erased;
  }
}
