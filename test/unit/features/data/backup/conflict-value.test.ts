import { describe, expect, it } from 'vitest';
import { conflictValue } from '../../../../../src/features/data/backup/conflict-value';
import { makeOrg } from '../../../storage/org-fixture';

describe('conflictValue', () => {
  it('shows labels and dates rather than codes and timestamps', () => {
    const at = Date.UTC(2026, 10, 20, 3);
    const org = makeOrg({
      status: 'problem',
      problemReason: 'data_mismatch',
      followUpDate: '2026-12-01',
      statusHistory: [{ status: 'problem', at, by: 'Lan' }],
      consent: { given: true, recordedBy: 'Lan', at },
      representativePhone: '',
    });
    expect(conflictValue(org, 'status')).toBe('Vướng mắc');
    expect(conflictValue(org, 'problemReason')).toBe('Thông tin thuế, đăng ký kinh doanh chưa khớp với CSDL quốc gia về dân cư');
    expect(conflictValue(org, 'followUpDate')).toBe('01/12/2026');
    expect(conflictValue(org, 'statusHistory')).toBe('1 lần đổi; gần nhất: Vướng mắc (20/11/2026, Lan)');
    expect(conflictValue(org, 'consent')).toBe('Đã đồng ý — Lan ghi ngày 20/11/2026');
    expect(conflictValue(org, 'notApplicableReason')).toBe('—');
    expect(conflictValue(org, 'representativePhone')).toBe('—');
  });
});
