import { describe, expect, it } from 'vitest';
import { buildRows } from '../../../src/domain/import/rows';
import type { Organisation } from '../../../src/domain/organisation';
import { codeProblems, emptyOrgForm, type OrgFormValues, organisationFromForm, orgFormFrom, validateOrgForm } from '../../../src/domain/organisation-form';
import { importCodeText } from '../../../src/i18n/import-codes';

const { keptReason } = importCodeText;

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
      name: { code: 'required' },
      kind: { code: 'required' },
      communeCode: { code: 'required' },
      taxCode: { code: 'keep-or-fix', problem: { code: 'tax-code', problem: 'checkDigit' } },
      representativePhone: { code: 'keep-or-fix', problem: { code: 'phone' } },
      representativeName: { code: 'phone-needs-name' },
    });
  });

  it('accepts a landline, stored in E.164', () => {
    expect(validateOrgForm({ ...valid, representativePhone: '024 3123 4567' })).toEqual({});
    expect(organisationFromForm({ ...valid, representativePhone: '024 3123 4567' }, null, stamp).representativePhone).toBe('+842431234567');
  });

  it('checks the 12-digit personal number by its own rules (place, century, year)', () => {
    const household = { ...valid, kind: 'household' as const, consentGiven: true };
    expect(codeProblems({ ...household, taxCode: '999203012345' }).taxCode).toEqual({ code: 'tax-code', problem: 'personalPlace' });
    expect(codeProblems({ ...household, taxCode: '001503012345' }).taxCode).toEqual({ code: 'tax-code', problem: 'personalCentury' });
    expect(codeProblems({ ...household, taxCode: '001299012345' }).taxCode).toEqual({ code: 'tax-code', problem: 'personalYear' });
    expect(codeProblems({ ...household, taxCode: '079190012345' })).toEqual({});
  });

  it('lets a value that fails its check be kept with a reason, and stores both', () => {
    const kept = { ...valid, taxCode: '0100233480', taxCodeKeep: 'Đúng như giấy phép kinh doanh' };
    expect(validateOrgForm(kept)).toEqual({});
    const org = organisationFromForm(kept, null, stamp);
    expect(org.taxCode).toBe('0100233480');
    expect(org.keptAsIs).toEqual({ taxCode: 'Đúng như giấy phép kinh doanh' });
    // Fixed later: the reason goes with the problem.
    const fixed = organisationFromForm({ ...orgFormFrom(org), taxCode: '0100233488' }, org, stamp);
    expect(fixed.keptAsIs).toBeUndefined();
  });

  it('requires a tax code for enterprises but not for agencies', () => {
    expect(validateOrgForm({ ...valid, taxCode: '' }).taxCode).toEqual({ code: 'tax-required' });
    expect(validateOrgForm({ ...valid, kind: 'agency', taxCode: '' })).toEqual({});
  });

  it('accepts a 12-digit personal number for a household business only, and only with consent', () => {
    expect(validateOrgForm({ ...valid, kind: 'household', taxCode: '001203012345', consentGiven: true })).toEqual({});
    expect(validateOrgForm({ ...valid, kind: 'household', taxCode: '001203012345' }).taxCode).toEqual({ code: 'personal-needs-consent' });
    expect(codeProblems({ ...valid, taxCode: '001203012345' }).taxCode).toEqual({ code: 'tax-code', problem: 'format' });
  });
});

describe('no record is imported that the form then refuses', () => {
  const units = { matchCommune: () => ({ code: '00004', provinceCode: '01' }), commune: () => undefined } as never;
  const cells: string[][] = [
    ['Công ty TNHH Đúng', '0100233488', 'Lê A', '0912345678', 'Công ty'],
    ['Công ty TNHH Sai Số Kiểm Tra', '0100233480', 'Lê B', '024 3123 4567', 'Công ty'],
    ['Công ty TNHH Mất Số Không', '100233488', 'Lê C', '912345678', 'Công ty'],
    ['Công ty TNHH Dãy Không', '0100000000', 'Lê D', '0243123456', 'Công ty'],
    ['Chi nhánh Công ty TNHH Đúng', '0100233488001', 'Lê E', '', ''],
    ['Hộ kinh doanh Lan', '001203012345', 'Lê F', '0912345679', 'Hộ kinh doanh'],
    ['Bà Lê Thị G', '079190012345', 'Lê G', '', ''],
    ['Hộ kinh doanh Hồi', '999203012345', 'Lê H', '', 'Hộ kinh doanh'],
  ];
  const table = [['Tên', 'MST', 'Người đại diện', 'Điện thoại', 'Loại hình'], ...cells];
  const mapping = { name: 0, taxCode: 1, representativeName: 2, representativePhone: 3, kind: 4 };
  const built = buildRows(table, 1, table[0]!, mapping, { units, provinceCode: '01', defaultCommuneCode: '00004', keptReason });

  it('imports every row, flags the codes that fail, and leaves personal numbers out', () => {
    expect(built.rows).toHaveLength(cells.length);
    expect(built.rows.map((r) => r.kind)).toEqual(['enterprise', 'enterprise', 'enterprise', 'enterprise', 'branch', 'household', 'household', 'household']);
    expect(built.rows[4]!.taxCode).toBe('0100233488-001');
    expect(built.rows.slice(5).map((r) => r.taxCode)).toEqual(['', '', '']);
    expect(built.issues.map((i) => i.line)).toEqual([3, 4, 4, 5, 5, 7, 8, 9]);
  });

  it.each(cells.map((c, i) => [c[0]!, i]))('%s opens in the form and saves as it is', (_name, i) => {
    const row = built.rows[i as number]!;
    const org = { ...row, id: 'x', consent: null, statusHistory: [] } as unknown as Organisation;
    const values = orgFormFrom(org);
    expect(validateOrgForm(values)).toEqual({});
    const saved = organisationFromForm(values, null, stamp);
    expect([saved.taxCode, saved.representativePhone, saved.keptAsIs]).toEqual([row.taxCode, row.representativePhone, row.keptAsIs]);
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
