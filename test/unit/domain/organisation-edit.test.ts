import { describe, expect, it } from 'vitest';
import { mergeOrgEdit, readOrgDraft, resolveOrgConflicts } from '../../../src/domain/organisation-edit';
import { emptyOrgForm, type OrgFormValues } from '../../../src/domain/organisation-form';

const base: OrgFormValues = {
  ...emptyOrgForm('00004'),
  name: 'Hội Nông dân Tân Phú',
  kind: 'association',
  address: '12 đường Láng',
  representativeName: 'Trần Thị Hoa',
  representativePhone: '+84912345678',
  consentGiven: true,
  notes: 'Gặp buổi sáng',
  followUpDate: '2031-01-15',
};

describe('mergeOrgEdit', () => {
  it('writes my changed field and keeps the notes changed elsewhere', () => {
    const { merged, conflicts } = mergeOrgEdit(base, { ...base, address: '15 đường Láng' }, { ...base, notes: 'Đã gọi lại' });
    expect(conflicts).toEqual([]);
    expect(merged).toMatchObject({ address: '15 đường Láng', notes: 'Đã gọi lại', consentGiven: true, followUpDate: '2031-01-15' });
  });

  it('compares values as stored: a phone typed with spaces is not a change, nor a conflict', () => {
    const { merged, conflicts } = mergeOrgEdit(base, { ...base, representativePhone: '0912 345 678' }, { ...base, representativePhone: '+84987654321' });
    expect(conflicts).toEqual([]);
    expect(merged.representativePhone).toBe('+84987654321');
  });

  it('lists a field changed on both sides to different values, keeping the stored one meanwhile', () => {
    const { merged, conflicts } = mergeOrgEdit(base, { ...base, notes: 'Của tôi' }, { ...base, notes: 'Của Minh' });
    expect(conflicts).toEqual(['notes']);
    expect(merged.notes).toBe('Của Minh');
  });

  it('lets the user choose when each side is valid alone but not together', () => {
    const both = mergeOrgEdit(base, { ...base, representativePhone: '0987654321' }, { ...base, representativeName: '' });
    expect(both.conflicts).toEqual(['representativeName']);
  });
});

describe('resolveOrgConflicts', () => {
  it('keeps my value where chosen, takes in everything else from the stored record, and rebases on it', () => {
    const theirs = { ...base, notes: 'Của Minh', followUpDate: '2031-02-01' };
    const mine = { ...base, notes: 'Của tôi', address: '15 đường Láng' };
    const { values, base: next } = resolveOrgConflicts(base, mine, theirs, ['notes']);
    expect(values).toEqual({ ...theirs, notes: 'Của tôi', address: '15 đường Láng' });
    expect(next).toEqual(theirs);
    expect(mergeOrgEdit(next, values, theirs)).toEqual({ merged: values, conflicts: [] });
  });
});

describe('readOrgDraft', () => {
  it('reads a draft with its base, and gives an older bare draft the fallback base', () => {
    const mine = { ...base, notes: 'x' };
    expect(readOrgDraft({ values: mine, base }, null)).toEqual({ values: mine, base });
    expect(readOrgDraft(mine, base)).toEqual({ values: mine, base });
    expect(readOrgDraft({ values: { name: 1 }, base: null }, base)).toBeNull();
  });
});
