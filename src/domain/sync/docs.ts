import { z } from 'zod/mini';
import { type Organisation, organisationSchema } from '../organisation';
import { honourErasure, latestErasure } from '../team/erasure';
import { type Visit, visitSchema } from '../visit';
import { QUOTA_PREFIX, type QuotaDoc, quotaDocSchema, SUMMARY_PREFIX, type SummaryDoc, summaryDocSchema } from './rollup-docs';

/**
 * Records as CouchDB documents (DESIGN §10): one per organisation, one per
 * visit, each under a global string id. The prefix says what a document is, so
 * a database can hold other kinds later (commune summaries, quotas) and an
 * unknown kind is recognised and listed instead of applied.
 */
export const ORG_PREFIX = 'org:';
export const VISIT_PREFIX = 'visit:';

export const orgDocId = (orgId: string) => `${ORG_PREFIX}${orgId}`;
export const visitDocId = (visitId: string) => `${VISIT_PREFIX}${visitId}`;

/** Both values of each field two phones set differently since they last met: a person picks (the review list). */
export const disputeSchema = z.record(z.string(), z.array(z.unknown()));
export type Dispute = z.infer<typeof disputeSchema>;

/** The fields a phone may leave out: the representative's, sent only with recorded consent. */
const personalFields = { representativeName: z.optional(z.string()), representativePhone: z.optional(z.string()) };

export const orgDocSchema = z.object({
  _id: z.string().check(z.startsWith(ORG_PREFIX)),
  _rev: z.optional(z.string()),
  type: z.literal('org'),
  org: z.extend(z.omit(organisationSchema, { id: true, representativeName: true, representativePhone: true }), personalFields),
  /** Set while two phones' values wait for a person's choice. */
  review: z.optional(disputeSchema),
});
export type OrgDoc = z.infer<typeof orgDocSchema>;

export const visitDocSchema = z.object({
  _id: z.string().check(z.startsWith(VISIT_PREFIX)),
  _rev: z.optional(z.string()),
  type: z.literal('visit'),
  visit: visitSchema,
});
export type VisitDoc = z.infer<typeof visitDocSchema>;

/** Anything but the conflict bookkeeping CouchDB adds. */
type Body<T> = Omit<T, '_rev'>;

/**
 * The document for a record. The representative's name and phone go to the
 * server only when their consent is recorded (Law 91/2025/QH15); otherwise the
 * document has no such fields at all.
 */
export function toOrgDoc(org: Organisation, review?: Dispute): Body<OrgDoc> {
  const { id, representativeName, representativePhone, ...rest } = org;
  const personal = org.consent?.given ? { representativeName, representativePhone } : {};
  return { _id: orgDocId(id), type: 'org', org: { ...rest, ...personal }, ...(review ? { review } : {}) };
}

/**
 * The record a document stands for. A document without the representative's
 * fields (another phone had no consent) never wipes the values this phone holds,
 * unless it carries an erasure this phone's copy does not: then they are gone.
 * An erasure this phone knows of is final too (an older document cannot bring
 * the person back).
 */
export function fromOrgDoc(doc: OrgDoc, local: Organisation | undefined): Organisation {
  const { representativeName, representativePhone, ...rest } = doc.org;
  const fill = JSON.stringify(rest.erasure) === JSON.stringify(local?.erasure) ? local : undefined;
  const record: Organisation = {
    ...rest,
    id: doc._id.slice(ORG_PREFIX.length),
    representativeName: representativeName ?? fill?.representativeName ?? '',
    representativePhone: representativePhone ?? fill?.representativePhone ?? '',
  };
  return honourErasure(record, latestErasure([record, ...(local ? [local] : [])]));
}

export function toVisitDoc(visit: Visit): Body<VisitDoc> {
  return { _id: visitDocId(visit.id), type: 'visit', visit };
}

/** Why an incoming document was not applied, for the list of refused documents ('unexpected': records in a province database). */
export type DocProblem = 'unknown-kind' | 'invalid' | 'unexpected';

export type ParsedDoc =
  | { kind: 'org'; doc: OrgDoc }
  | { kind: 'visit'; doc: VisitDoc }
  | { kind: 'summary'; doc: SummaryDoc }
  | { kind: 'quota'; doc: QuotaDoc }
  | { kind: 'refused'; id: string; problem: DocProblem };

/** Every incoming document passes here before it touches the local store. */
export function parseDoc(raw: unknown): ParsedDoc {
  const id = typeof raw === 'object' && raw !== null && typeof (raw as { _id?: unknown })._id === 'string' ? (raw as { _id: string })._id : '?';
  if (id.startsWith(ORG_PREFIX)) {
    const r = orgDocSchema.safeParse(raw);
    return r.success ? { kind: 'org', doc: r.data } : { kind: 'refused', id, problem: 'invalid' };
  }
  if (id.startsWith(VISIT_PREFIX)) {
    const r = visitDocSchema.safeParse(raw);
    return r.success ? { kind: 'visit', doc: r.data } : { kind: 'refused', id, problem: 'invalid' };
  }
  if (id.startsWith(SUMMARY_PREFIX)) {
    const r = summaryDocSchema.safeParse(raw);
    return r.success ? { kind: 'summary', doc: r.data } : { kind: 'refused', id, problem: 'invalid' };
  }
  if (id.startsWith(QUOTA_PREFIX)) {
    const r = quotaDocSchema.safeParse(raw);
    return r.success ? { kind: 'quota', doc: r.data } : { kind: 'refused', id, problem: 'invalid' };
  }
  return { kind: 'refused', id, problem: 'unknown-kind' };
}
