import { describe, expect, it } from 'vitest';
import { emptyOrgForm, FORM_MESSAGES, type OrgFormValues, organisationFromForm, orgFormFrom, validateOrgForm } from '../../../src/domain/organisation-form';

const valid: OrgFormValues = {
  ...emptyOrgForm('00004'),
  name: 'Công ty TNHH Phước Lộc',
  kind: 'enterprise',
  taxCode: '0100233488',
  representativeName: 'Nguyễn Văn Đức',
  representativePhone: '0912 345 678',
};
const stamp = { id: 'new-id', by: 'Lan', at: 1000 };

describe('validateOrgForm', () => {
  it('accepts a complete form', () => {
    expect(validateOrgForm(valid)).toEqual({});
  });

  it('reports every problem at once, each by its field', () => {
    const errors = validateOrgForm({ ...emptyOrgForm(), taxCode: '0100233480', representativePhone: '0243123456' });
    expect(errors).toEqual({
      name: FORM_MESSAGES.nameRequired,
      kind: FORM_MESSAGES.kindRequired,
      communeCode: FORM_MESSAGES.communeRequired,
      taxCode: FORM_MESSAGES.tax.checkDigit,
      representativePhone: FORM_MESSAGES.phone,
      representativeName: FORM_MESSAGES.phoneNeedsName,
    });
  });

  it('requires a tax code for enterprises but not for agencies', () => {
    expect(validateOrgForm({ ...valid, taxCode: '' }).taxCode).toBe(FORM_MESSAGES.taxRequired);
    expect(validateOrgForm({ ...valid, kind: 'agency', taxCode: '' })).toEqual({});
  });

  it('accepts a 12-digit personal number for a household business only', () => {
    expect(validateOrgForm({ ...valid, kind: 'household', taxCode: '001203012345' })).toEqual({});
    expect(validateOrgForm({ ...valid, taxCode: '001203012345' }).taxCode).toBe(FORM_MESSAGES.tax.format);
  });
});

describe('organisationFromForm', () => {
  it('normalises text to NFC, the phone to E.164 and the tax code to its canonical form', () => {
    const nfd = 'Công ty TNHH Phước Lộc'.normalize('NFD');
    const org = organisationFromForm({ ...valid, name: `  ${nfd}\u00a0 `, taxCode: '0314409058 002' }, null, stamp);
    expect(org.name).toBe('Công ty TNHH Phước Lộc');
    expect(org.name).toBe(org.name.normalize('NFC'));
    expect(org.representativePhone).toBe('+84912345678');
    expect(org.taxCode).toBe('0314409058-002');
    expect(org.status).toBe('not_contacted');
    expect(org.statusHistory).toEqual([{ status: 'not_contacted', at: 1000, by: 'Lan' }]);
    expect(org.id).toBe('new-id');
  });

  it('stamps consent with who and when only when it changes', () => {
    const created = organisationFromForm({ ...valid, consentGiven: true }, null, stamp);
    expect(created.consent).toEqual({ given: true, recordedBy: 'Lan', at: 1000 });
    const edited = organisationFromForm({ ...orgFormFrom(created), notes: 'x' }, created, { ...stamp, by: 'Hùng', at: 2000 });
    expect(edited.consent).toEqual(created.consent);
    expect(edited.updatedBy).toBe('Hùng');
    expect(edited.createdAt).toBe(1000);
    const withdrawn = organisationFromForm({ ...orgFormFrom(created), consentGiven: false }, created, { ...stamp, at: 3000 });
    expect(withdrawn.consent).toEqual({ given: false, recordedBy: 'Lan', at: 3000 });
  });

  it('refuses an invalid form', () => {
    expect(() => organisationFromForm({ ...valid, taxCode: '0100233480' }, null, stamp)).toThrow();
  });
});
