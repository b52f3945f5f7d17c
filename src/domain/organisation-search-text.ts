import { fold } from './fold';
import type { Organisation } from './organisation';

/** A record with its folded search text, as stored: computed once when the record is written, not at every search. */
export type Searchable = Organisation & { search: string };

/** The folded text search runs over: name, tax code digits, address and representative, apart so no word spans two. */
export function searchTextOf(org: Organisation): string {
  const taxDigits = org.taxCode.replace(/\D/g, '');
  return [fold(org.name), taxDigits, fold(org.address), fold(org.representativeName)].join('\u0001');
}

export function withSearchText(org: Organisation): Searchable {
  return { ...org, search: searchTextOf(org) };
}
