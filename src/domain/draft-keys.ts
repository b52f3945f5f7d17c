/** The organisation form's autosaved draft is stored under `org:<id>` (`org:new` while creating). */
export const orgDraftKey = (id: string) => `org:${id}`;

/** Drafts of visits in progress are stored under `visit:<orgId>`; the follow-ups list reads them back by prefix. */
export const VISIT_DRAFT_PREFIX = 'visit:';
export const visitDraftKey = (orgId: string) => `${VISIT_DRAFT_PREFIX}${orgId}`;
