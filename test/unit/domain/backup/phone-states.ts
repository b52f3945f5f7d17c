import fc from 'fast-check';
import { mergeRecords } from '../../../../src/domain/backup/merge-records';
import type { Organisation } from '../../../../src/domain/organisation';
import { makeOrg } from '../../storage/org-fixture';

/**
 * Versions of a few records on several phones. Id a and the id derived from its
 * tax code are one organisation (same tax code) created on two phones, as are c
 * and d; e has a tax code of its own and f none. An id's tax code never changes.
 */
const TAX: Record<string, string> = { a: '0100233488', 'mst-0100233488': '0100233488', c: '0101243150', d: '0101243150', e: '0102721620', f: '' };
const version = fc
  .record({
    id: fc.constantFrom(...Object.keys(TAX)),
    updatedAt: fc.integer({ min: 1, max: 6 }),
    name: fc.constantFrom('Phước Lộc', 'An Bình', 'Hòa Phát'),
    notes: fc.constantFrom('', 'gọi lại', 'đã hướng dẫn'),
    deleted: fc.boolean(),
  })
  .map(({ id, updatedAt, name, notes, deleted }) =>
    makeOrg({ id, taxCode: TAX[id]!, name, notes, updatedAt, deletedAt: deleted ? updatedAt : null, createdAt: 0 }),
  );
const plainSet = fc.uniqueArray(version, { selector: (o) => o.id, maxLength: 6 });
/** What a phone may hold: its own records, or the result of earlier merges (with aliases). */
export const phoneState = fc.oneof(plainSet, fc.array(plainSet, { minLength: 2, maxLength: 3 }).map((sets) => mergeRecords(...sets)));


export const sortedById = (xs: Organisation[]) => [...xs].sort((a, b) => a.id.localeCompare(b.id));
