import { isPersonalNumber, parseTaxCode } from './tax-code';

/** Random, collision-safe id for records created on this device (no server hands out ids). */
export function newId(): string {
  return crypto.randomUUID();
}

/** Ids derived from a tax code start with this (mã số thuế): ASCII, URL-safe, never a UUID. */
export const TAX_CODE_ID_PREFIX = 'mst-';

/**
 * The id an organisation with this tax code is created under, so that two phones
 * that imported the same official list hold the same documents (DESIGN §10):
 * `mst-0100233488`, a branch `mst-0314409058-002`, the code in the canonical form
 * `parseTaxCode` gives (separators dropped, the branch dash kept). Null when the
 * code gives no id: empty, failing its check (kept as written, it may be a typo
 * fixed later), or a household's 12-digit personal ID number, which must never
 * sit in an id, a link or a server's document list (Law 91/2025/QH15; an erasure
 * could not take it out of the id).
 */
export function taxCodeId(taxCode: string): string | null {
  if (!taxCode || isPersonalNumber(taxCode)) return null;
  const parsed = parseTaxCode(taxCode, false);
  return parsed.ok ? `${TAX_CODE_ID_PREFIX}${parsed.value}` : null;
}

/**
 * The id of a record about to be created: derived from its tax code, unless this
 * phone already holds a record under that id (a deleted one, an alias, or one
 * whose tax code was corrected later), in which case a random one. The id is only
 * ever derived at creation: a tax code added or corrected afterwards leaves the
 * id as it is, since links, visits and synced revisions name it.
 */
export function idForNew(taxCode: string, isTaken: (id: string) => boolean, random: () => string = newId): string {
  const derived = taxCodeId(taxCode);
  return derived && !isTaken(derived) ? derived : random();
}
