import { describe, expect, it } from 'vitest';
import { emptyOrgForm, FORM_MESSAGES, validateOrgForm } from '../../../src/domain/organisation-form';
import { firstTooLong, LIMITED_FIELDS, TEXT_LIMITS } from '../../../src/domain/text-limits';

const values = { name: 'Tên', address: '', representativeName: '', notes: '' };

describe('text limits', () => {
  it('are the form’s limits: at the limit is fine, one more is refused, field by field', () => {
    for (const field of LIMITED_FIELDS) {
      const max = TEXT_LIMITS[field];
      const form = { ...emptyOrgForm('00004'), name: 'Tên', kind: 'agency' as const };
      expect(validateOrgForm({ ...form, [field]: 'x'.repeat(max) })[field]).toBeUndefined();
      expect(validateOrgForm({ ...form, [field]: 'x'.repeat(max + 1) })[field]).toBe(field === 'name' ? FORM_MESSAGES.nameLong : FORM_MESSAGES.textLong(max));
      expect(firstTooLong({ ...values, [field]: 'x'.repeat(max) })).toBeNull();
      expect(firstTooLong({ ...values, [field]: 'x'.repeat(max + 1) })).toEqual({ field, max, length: max + 1 });
    }
  });
  it('the form says the limit it applies', () => {
    expect(FORM_MESSAGES.nameLong).toBe('Tên tối đa 200 ký tự');
    expect(FORM_MESSAGES.textLong(TEXT_LIMITS.address)).toBe('Tối đa 300 ký tự');
    expect(FORM_MESSAGES.textLong(TEXT_LIMITS.notes)).toBe('Tối đa 2.000 ký tự');
  });
});
