import { fold } from '../domain/fold';
import type { Organisation } from '../domain/organisation';

/** The folded text search runs over, computed once when a record is written. */
export function searchTextOf(org: Organisation): string {
  const taxDigits = org.taxCode.replace(/\D/g, '');
  return [fold(org.name), taxDigits, fold(org.address), fold(org.representativeName)].join('\u0001');
}
