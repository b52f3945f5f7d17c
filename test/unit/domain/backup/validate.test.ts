import { describe, expect, it } from 'vitest';
import { checkRecords } from '../../../../src/domain/backup/validate';
import type { Organisation } from '../../../../src/domain/organisation';
import { TEXT_LIMITS } from '../../../../src/domain/text-limits';
import type { Visit } from '../../../../src/domain/visit';
import { makeOrg } from '../../storage/org-fixture';

const visit = (id: string, orgId = 'a'): Visit => ({
  id, orgId, at: 1, by: 'A', guideSlugs: [], stepsDone: [], problems: [], outcomeStatus: 'informed', note: '', followUpDate: null, demo: false,
});
const alias = (id: string, target: string, name = id): Organisation => makeOrg({ id, name, deletedAt: 1, mergedInto: target });

describe('checkRecords', () => {
  it('accepts a file as the app writes it: distinct ids, aliases pointing at plain records', () => {
    expect(checkRecords([makeOrg({ id: 'a' }), alias('b', 'a'), makeOrg({ id: 'c', deletedAt: 3 }), alias('d', 'c')], [visit('v1'), visit('v2')])).toBeNull();
  });

  it('names the id and both records when two records share an id', () => {
    const orgs = [makeOrg({ id: 'a', name: 'Hợp tác xã Hòa Phát' }), makeOrg({ id: 'b' }), makeOrg({ id: 'a', name: 'Bản sửa tay' })];
    expect(checkRecords(orgs, [])).toEqual({ code: 'duplicate-id', id: 'a', names: ['Hợp tác xã Hòa Phát', 'Bản sửa tay'] });
  });

  it('refuses two visits with one id', () => {
    expect(checkRecords([makeOrg({ id: 'a' })], [visit('v'), visit('w'), visit('v')])).toEqual({ code: 'duplicate-visit-id', id: 'v' });
  });

  it('refuses an alias whose target is not in the file', () => {
    expect(checkRecords([makeOrg({ id: 'a' }), alias('b', 'zzz', 'Bé')], [])).toEqual({
      code: 'alias-target-missing', record: { id: 'b', name: 'Bé' }, target: 'zzz',
    });
  });

  it('refuses aliases that point at each other, or at themselves, naming every record of the loop', () => {
    expect(checkRecords([alias('a', 'b', 'A'), alias('b', 'a', 'B')], [])).toEqual({
      code: 'alias-cycle', records: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
    });
    expect(checkRecords([alias('a', 'a', 'A')], [])).toEqual({ code: 'alias-cycle', records: [{ id: 'a', name: 'A' }] });
    // A chain that ends in a loop names the loop only.
    expect(checkRecords([alias('x', 'a', 'X'), alias('a', 'b', 'A'), alias('b', 'a', 'B')], [])).toEqual({
      code: 'alias-cycle', records: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }],
    });
  });

  it('refuses an alias of an alias (lookups follow one step, so its visits would be lost)', () => {
    expect(checkRecords([makeOrg({ id: 'a', name: 'A' }), alias('b', 'a', 'B'), alias('c', 'b', 'C')], [])).toEqual({
      code: 'alias-chain', record: { id: 'c', name: 'C' }, target: { id: 'b', name: 'B' },
    });
  });

  it('refuses text longer than the form allows, naming the field', () => {
    const atLimit = makeOrg({ id: 'a', name: 'x'.repeat(TEXT_LIMITS.name), notes: 'y'.repeat(TEXT_LIMITS.notes) });
    expect(checkRecords([atLimit], [])).toBeNull();
    const long = makeOrg({ id: 'b', name: 'Tên', address: 'z'.repeat(TEXT_LIMITS.address + 1) });
    expect(checkRecords([atLimit, long], [])).toEqual({
      code: 'text-too-long', record: { id: 'b', name: 'Tên' }, field: 'address', max: TEXT_LIMITS.address, length: TEXT_LIMITS.address + 1,
    });
  });
});
