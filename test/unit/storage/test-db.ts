import { EidDatabase } from '../../../src/storage/db';

let n = 0;
/** A fresh fake-indexeddb database per test. */
export function freshDb(): EidDatabase {
  n += 1;
  return new EidDatabase(`test-${Date.now()}-${n}`);
}
