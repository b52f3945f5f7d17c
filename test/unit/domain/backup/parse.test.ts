import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MSG_NOT_BACKUP, parseBackup } from '../../../../src/domain/backup/parse';
import { type Backup, BACKUP_FORMAT, BACKUP_VERSION } from '../../../../src/domain/backup/schema';
import { DEFAULT_SETTINGS } from '../../../../src/domain/settings';
import { makeOrg } from '../../storage/org-fixture';

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

describe('parseBackup', () => {
  it('round-trips any text in the records exactly (property)', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, notes) => {
        const b = backupOf([makeOrg({ id: 'a', name: `x${name}`, notes })]);
        expect(parseBackup(JSON.stringify(b))).toEqual({ ok: true, backup: b });
      }),
    );
  });
  it('restores a backup written before the reason split, the old deadline and flagged codes as they were', () => {
    const old = backupOf([
      makeOrg({ id: 'a', status: 'problem', problemReason: 'refused', statusHistory: [{ status: 'problem', at: 1, by: 'Hoà', reason: 'refused' }] }),
    ]);
    old.settings = { ...old.settings, targets: { enterprisePct: 80, otherPct: 50, deadline: '2026-12-31' } };
    expect(parseBackup(JSON.stringify(old))).toEqual({ ok: true, backup: old });
    const flagged = backupOf([makeOrg({ id: 'b', taxCode: '0100233480', keptAsIs: { taxCode: 'Như trong tệp' } })]);
    expect(parseBackup(JSON.stringify(flagged))).toEqual({ ok: true, backup: flagged });
  });
  it('refuses a backup from a newer app version, saying so', () => {
    const r = parseBackup(JSON.stringify({ ...backupOf(), version: BACKUP_VERSION + 1 }));
    expect(r).toEqual({ ok: false, message: expect.stringMatching(/phiên bản ứng dụng mới hơn/) });
  });
  it('refuses the whole file for one invalid record, naming it', () => {
    const b = backupOf();
    (b.organisations[1] as unknown as { status: string }).status = 'bogus';
    const r = parseBackup(JSON.stringify(b));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(/tổ chức thứ 2 \(“Công ty TNHH Phước Lộc”\), trường “status”/);
  });
  it('refuses files of other apps and non-JSON', () => {
    expect(parseBackup('{"format":"other-app","version":1}')).toEqual({ ok: false, message: MSG_NOT_BACKUP });
    expect(parseBackup('Tên,MST\n')).toEqual({ ok: false, message: MSG_NOT_BACKUP });
    expect(parseBackup('[]')).toEqual({ ok: false, message: MSG_NOT_BACKUP });
  });
});
