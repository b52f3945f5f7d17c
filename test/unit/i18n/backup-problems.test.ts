import { describe, expect, it } from 'vitest';
import { backupEnvelopeSchema } from '../../../src/domain/backup/schema';
import { consentSchema, organisationSchema, statusChangeSchema } from '../../../src/domain/organisation';
import { settingsSchema } from '../../../src/domain/settings';
import { visitSchema } from '../../../src/domain/visit';
import { describeBackupProblem } from '../../../src/i18n/backup-problems';

const keys = (schema: { def: { shape: object } }) => Object.keys(schema.def.shape);

describe('describeBackupProblem', () => {
  it('names every field of every record by a Vietnamese label, never by its key', () => {
    expect(keys(organisationSchema)).toContain('statusHistory');
    for (const key of [...keys(organisationSchema), ...keys(statusChangeSchema), ...keys(consentSchema), ...keys(visitSchema), ...keys(settingsSchema)]) {
      const message = describeBackupProblem({ code: 'invalid-organisation', index: 0, id: 'x', name: 'Tên', path: [key] });
      expect(message, key).not.toContain(`“${key}”`);
      expect(message, key).not.toContain('cả bản ghi');
    }
    for (const key of keys(backupEnvelopeSchema)) expect(describeBackupProblem({ code: 'damaged', path: [key] }), key).not.toContain(`“${key}”`);
  });

  it('words a nested path and names the record by name and id', () => {
    expect(describeBackupProblem({ code: 'invalid-organisation', index: 4, id: 'o-5', name: 'Hợp tác xã Hòa Phát', path: ['statusHistory', 1, 'at'] })).toContain(
      'tổ chức thứ 5 (“Hợp tác xã Hòa Phát”, mã o-5), trường “Lịch sử trạng thái › mục 2 › Thời điểm”',
    );
    expect(describeBackupProblem({ code: 'invalid-visit', index: 0, path: ['at'] })).toContain('trường “Thời điểm”');
    expect(describeBackupProblem({ code: 'damaged', path: ['createdAt'] })).toContain('“Thời điểm tạo tệp”');
  });

  it('names records and fields of the cross-record problems', () => {
    const r = { id: 'o-1', name: 'Công ty TNHH Phước Lộc' };
    expect(describeBackupProblem({ code: 'text-too-long', record: r, field: 'name', max: 200, length: 5000 })).toMatch(
      /^Tổ chức “Công ty TNHH Phước Lộc” \(mã o-1\): “Tên tổ chức” dài 5\.000 ký tự, tối đa 200\./,
    );
    expect(describeBackupProblem({ code: 'alias-cycle', records: [r, { id: 'o-2', name: 'B' }] })).toContain('(mã o-1) và “B” (mã o-2) được gộp vào nhau thành vòng');
    expect(describeBackupProblem({ code: 'too-large', maxBytes: 300 * 1024 * 1024 })).toMatch(/^Tệp quá lớn: .*300 MB/);
  });

  it('cuts a megabyte-long name short', () => {
    const message = describeBackupProblem({ code: 'duplicate-id', id: 'a', names: ['x'.repeat(1_000_000), 'y'] });
    expect(message.length).toBeLessThan(400);
  });
});
