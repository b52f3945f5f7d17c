import { describe, expect, it } from 'vitest';
import { erasePersonalData, holdsPersonalData, honourErasure, scrubDispute, scrubText, scrubVisit, settleErasure } from '../../../../src/domain/team/erasure';
import { makeOrg } from '../../storage/org-fixture';

const traces = { name: 'Nguyễn Văn Đức', phone: '+84912345678', personalNumber: '001085012345' };

describe('scrubText', () => {
  it('cuts the name and the phone however they are written, and the personal number', () => {
    expect(scrubText('Gặp anh Nguyễn Văn Đức, sđt 0912 345 678 hoặc +84912345678', traces)).toBe('Gặp anh …, sđt … hoặc …');
    expect(scrubText('nguyễn văn đức hẹn 0912.345.678; CCCD 001085012345', traces)).toBe('… hẹn …; CCCD …');
    expect(scrubText('Đã hướng dẫn đăng ký', traces)).toBe('Đã hướng dẫn đăng ký');
  });

  it('leaves text alone when there is nothing to look for', () => {
    expect(scrubText('0912 345 678', { name: '', phone: '', personalNumber: '' })).toBe('0912 345 678');
  });
});

describe('erasePersonalData', () => {
  it('removes name, phone, consent, a personal tax code and its reasons, cuts them from notes, leaves a marker', () => {
    const org = makeOrg({
      kind: 'household',
      taxCode: '001085012345',
      consent: { given: true, recordedBy: 'Lan', at: 5 },
      keptAsIs: { representativePhone: 'như giấy tờ' },
      notes: 'Chủ hộ Nguyễn Văn Đức, 0912345678',
      statusHistory: [{ status: 'informed', at: 3, by: 'Lan', note: 'gọi 0912 345 678' }],
      updatedAt: 10,
    });
    const out = erasePersonalData(org, { at: 50, by: 'Minh' });
    expect(out).toMatchObject({
      taxCode: '',
      representativeName: '',
      representativePhone: '',
      consent: null,
      notes: 'Chủ hộ …, …',
      erasure: { at: 50, by: 'Minh' },
      updatedAt: 50,
      updatedBy: 'Minh',
    });
    expect(out.keptAsIs).toBeUndefined();
    expect(out.statusHistory[0]!.note).toBe('gọi …');
    expect(holdsPersonalData(out)).toBe(false);
    expect(JSON.stringify(out)).not.toMatch(/Đức|912|001085012345|như giấy tờ/);
  });

  it("keeps an organisation's own tax code", () => {
    expect(erasePersonalData(makeOrg({ taxCode: '0100233488' }), { at: 2, by: 'A' }).taxCode).toBe('0100233488');
  });

  it('scrubs a visit note and its problems', () => {
    const visit = { note: 'anh Nguyễn Văn Đức hẹn lại', problems: ['SĐT 0912345678 sai'] };
    expect(scrubVisit(visit, traces)).toEqual({ note: 'anh … hẹn lại', problems: ['SĐT … sai'] });
  });
});

describe('settleErasure: the erasure wins', () => {
  const erased = erasePersonalData(makeOrg({ id: 'x', updatedAt: 10 }), { at: 20, by: 'Minh' });

  it('strips an older copy, and a newer edit made without knowing of the erasure', () => {
    const newerEdit = makeOrg({ id: 'x', updatedAt: 30, notes: 'sửa sau', representativeName: 'Nguyễn Văn Đức' });
    const out = settleErasure(newerEdit, [erased, newerEdit]);
    expect(out).toMatchObject({ notes: 'sửa sau', representativeName: '', representativePhone: '', erasure: { at: 20, by: 'Minh' }, updatedAt: 30 });
  });

  it('keeps data entered after the erasure by a phone that knew of it', () => {
    const reentered = { ...erased, representativeName: 'Trần Thị Hoa', updatedAt: 40 };
    expect(settleErasure(reentered, [erased, reentered])).toBe(reentered);
  });

  it('a later erasure strips data entered after an earlier one', () => {
    const reentered = { ...erased, representativeName: 'Trần Thị Hoa', updatedAt: 40 };
    const second = { ...erased, erasure: { at: 35, by: 'Lan' }, updatedAt: 35 };
    expect(settleErasure(reentered, [reentered, second])).toMatchObject({ representativeName: '', erasure: { at: 35, by: 'Lan' } });
  });

  it('changes nothing when no version was erased', () => {
    const plain = makeOrg({ id: 'x' });
    expect(settleErasure(plain, [plain, makeOrg({ id: 'x', updatedAt: 0 })])).toBe(plain);
  });
});

describe('honourErasure and scrubDispute', () => {
  const marker = { at: 50, by: 'Minh' };
  it('a version that did not know of the erasure loses the person in its fields and its notes, keeping its times', () => {
    const org = makeOrg({ notes: 'gặp Nguyễn Văn Đức', updatedAt: 60 });
    const out = honourErasure(org, marker);
    expect(out).toMatchObject({ representativeName: '', representativePhone: '', notes: 'gặp …', updatedAt: 60, erasure: marker });
    expect(honourErasure(out, marker)).toBe(out);
    expect(honourErasure(org, undefined)).toBe(org);
  });

  it('drops the personal fields of a dispute and cuts the person out of the text values', () => {
    const dispute = { representativeName: ['Nguyễn Văn Đức', ''], notes: ['gọi Nguyễn Văn Đức', 'gọi …'], taxCode: ['001085012345', ''], status: ['informed', 'guided'] };
    expect(scrubDispute(dispute, [])).toEqual({ notes: ['gọi …'], taxCode: [''], status: ['informed', 'guided'] });
  });
});
