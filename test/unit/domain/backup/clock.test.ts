import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOCK_MARGIN_MS, clampToFileTime, fileTimeProblem } from '../../../../src/domain/backup/clock';
import { mergeRecords } from '../../../../src/domain/backup/merge-records';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../../../src/domain/backup/schema';
import { DEFAULT_SETTINGS } from '../../../../src/domain/settings';
import { makeOrg } from '../../storage/org-fixture';

const YEAR_2100 = Date.UTC(2100, 0, 1);
const NOW = Date.UTC(2026, 10, 30);

function fileAt(createdAt: number, orgs = [makeOrg({ id: 'a' })]): Backup {
  return {
    format: BACKUP_FORMAT, version: BACKUP_VERSION, dataVersion: 1, createdAt, deviceId: 'd', createdBy: 'B',
    settings: DEFAULT_SETTINGS, organisations: orgs, visits: [], communes: [], documents: [],
  };
}

describe('fileTimeProblem', () => {
  it('accepts a file made up to the margin ahead of this phone’s clock, refuses one made later', () => {
    expect(fileTimeProblem(NOW + CLOCK_MARGIN_MS, NOW)).toBeNull();
    expect(fileTimeProblem(YEAR_2100, NOW)).toEqual({ code: 'created-in-future', createdAt: YEAR_2100 });
  });
});

describe('clampToFileTime', () => {
  it('brings every time of a record stamped after the file was made back to the file’s time, keeping its content', () => {
    const late = makeOrg({
      id: 'a', notes: 'ghi chú', createdAt: 5, updatedAt: YEAR_2100, deletedAt: YEAR_2100,
      consent: { given: true, recordedBy: 'B', at: YEAR_2100 }, statusHistory: [{ status: 'informed', at: 10, by: 'B' }, { status: 'guided', at: YEAR_2100, by: 'B' }],
    });
    const [o] = clampToFileTime(fileAt(NOW, [late])).organisations;
    expect(o).toEqual({
      ...late, updatedAt: NOW, deletedAt: NOW, consent: { given: true, recordedBy: 'B', at: NOW },
      statusHistory: [{ status: 'informed', at: 10, by: 'B' }, { status: 'guided', at: NOW, by: 'B' }],
    });
  });

  it('a record from a wrong clock no longer beats a later edit made on this phone', () => {
    const fromFile = clampToFileTime(fileAt(NOW, [makeOrg({ id: 'a', notes: 'từ tệp', updatedAt: YEAR_2100 })])).organisations;
    const editedHere = makeOrg({ id: 'a', notes: 'sửa sau', updatedAt: NOW + 60_000 });
    expect(mergeRecords([editedHere], fromFile)).toEqual([editedHere]);
  });

  it('is idempotent and leaves honest records untouched (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 * NOW }), fc.integer({ min: 0, max: 2 * NOW }), (updatedAt, createdAt) => {
        const b = fileAt(createdAt, [makeOrg({ id: 'a', createdAt: Math.min(updatedAt, 1), updatedAt })]);
        const once = clampToFileTime(b);
        expect(clampToFileTime(once)).toEqual(once);
        if (updatedAt <= createdAt) expect(once.organisations[0]).toBe(b.organisations[0]);
        else expect(once.organisations[0]!.updatedAt).toBe(createdAt);
      }),
    );
  });
});
