import { describe, expect, it } from 'vitest';
import { emptyOrgForm, validateOrgForm } from '../../../src/domain/organisation-form';
import { firstTooLong, LIMITED_FIELDS, TEXT_LIMITS } from '../../../src/domain/text-limits';

const values = { name: 'Tên', address: '', representativeName: '', notes: '' };

describe('text limits', () => {
  it('are the form’s limits: at the limit is fine, one more is refused, field by field', () => {
    for (const field of LIMITED_FIELDS) {
      const max = TEXT_LIMITS[field];
      const form = { ...emptyOrgForm('00004'), name: 'Tên', kind: 'agency' as const };
      expect(validateOrgForm({ ...form, [field]: 'x'.repeat(max) })[field]).toBeUndefined();
      expect(validateOrgForm({ ...form, [field]: 'x'.repeat(max + 1) })[field]).toEqual({ code: 'too-long', max });
      expect(firstTooLong({ ...values, [field]: 'x'.repeat(max) })).toBeNull();
      expect(firstTooLong({ ...values, [field]: 'x'.repeat(max + 1) })).toEqual({ field, max, length: max + 1 });
    }
  });
});
