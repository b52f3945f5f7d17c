import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLOCK_MARGIN_MS } from '../../../../src/domain/backup/clock';
import { parseBackup } from '../../../../src/domain/backup/parse';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../../../src/domain/backup/schema';
import { DEFAULT_SETTINGS } from '../../../../src/domain/settings';
import { makeOrg } from '../../storage/org-fixture';

const NOW = 1_000_000;

function backupOf(orgs = [makeOrg({ id: 'a' }), makeOrg({ id: 'b', deletedAt: 5 })]): Backup {
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    dataVersion: 1,
    createdAt: 100,
    deviceId: 'dev',
    createdBy: 'Hoà',
    settings: { ...DEFAULT_SETTINGS, userName: 'Hoà' },
    organisations: orgs,
    visits: [{ id: 'v', orgId: 'a', at: 1, by: 'Hoà', guideSlugs: ['vneid'], stepsDone: [], problems: [], outcomeStatus: 'informed', note: 'ghi', followUpDate: '2026-12-01', demo: false }],
    communes: [{ code: '00004', enterprisePct: 80, otherPct: null, deadline: null }],
    documents: [],
  };
}

const parse = (b: unknown) => parseBackup(JSON.stringify(b), NOW);

describe('parseBackup', () => {
  it('round-trips any text in the records exactly (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 150 }), fc.string({ maxLength: 2000 }), (name, notes) => {
        const b = backupOf([makeOrg({ id: 'a', name: `x${name}`, notes })]);
        expect(parse(b)).toEqual({ ok: true, backup: b });
      }),
    );
  });
  it('restores a backup written before the reason split, the old deadline and flagged codes as they were', () => {
    const old = backupOf([
      makeOrg({ id: 'a', status: 'problem', problemReason: 'refused', statusHistory: [{ status: 'problem', at: 1, by: 'Hoà', reason: 'refused' }] }),
    ]);
    old.settings = { ...old.settings, targets: { enterprisePct: 80, otherPct: 50, deadline: '2026-12-31' } };
    expect(parse(old)).toEqual({ ok: true, backup: old });
    const flagged = backupOf([makeOrg({ id: 'b', taxCode: '0100233480', keptAsIs: { taxCode: 'Như trong tệp' } })]);
    expect(parse(flagged)).toEqual({ ok: true, backup: flagged });
  });
  it('refuses a backup from a newer app version', () => {
    expect(parse({ ...backupOf(), version: BACKUP_VERSION + 1 })).toEqual({ ok: false, problem: { code: 'newer-version', version: BACKUP_VERSION + 1 } });
  });
  it('refuses the whole file for one invalid record, naming it and the path of the bad value', () => {
    const b = backupOf();
    (b.organisations[1] as unknown as { status: string }).status = 'bogus';
    expect(parse(b)).toEqual({
      ok: false,
      problem: { code: 'invalid-organisation', index: 1, id: 'b', name: 'Công ty TNHH Phước Lộc', path: ['status'] },
    });
    const c = backupOf([makeOrg({ id: 'a', statusHistory: [{ status: 'informed', at: 1, by: 'A' }, { status: 'informed', at: -1, by: 'A' }] })]);
    expect(parse(c)).toMatchObject({ ok: false, problem: { code: 'invalid-organisation', path: ['statusHistory', 1, 'at'] } });
  });
  it('holds a commune quota to the rule the quota form and storage apply (one schema)', () => {
    const b = backupOf();
    b.communes = [{ code: '00004', enterprisePct: 150, otherPct: null, deadline: null }];
    expect(parse(b)).toEqual({ ok: false, problem: { code: 'damaged', path: ['communes', 0, 'enterprisePct'] } });
  });
  it('refuses files of other apps and non-JSON', () => {
    const notBackup = { ok: false, problem: { code: 'not-backup' } };
    expect(parseBackup('{"format":"other-app","version":1}', NOW)).toEqual(notBackup);
    expect(parseBackup('Tên,MST\n', NOW)).toEqual(notBackup);
    expect(parseBackup('[]', NOW)).toEqual(notBackup);
  });
  it('runs the checks across records: two records with one id refuse the file', () => {
    const b = backupOf([makeOrg({ id: 'a', name: 'Một' }), makeOrg({ id: 'a', name: 'Hai' })]);
    expect(parse(b)).toEqual({ ok: false, problem: { code: 'duplicate-id', id: 'a', names: ['Một', 'Hai'] } });
  });
  it('refuses a file made later than this phone’s clock allows, and clamps record times to the file’s time', () => {
    expect(parse({ ...backupOf(), createdAt: NOW + CLOCK_MARGIN_MS + 1 })).toEqual({
      ok: false,
      problem: { code: 'created-in-future', createdAt: NOW + CLOCK_MARGIN_MS + 1 },
    });
    const b = { ...backupOf([makeOrg({ id: 'a', updatedAt: 4_102_444_800_000 })]), createdAt: NOW };
    const r = parse(b);
    expect(r.ok && r.backup.organisations[0]!.updatedAt).toBe(NOW);
  });
});
