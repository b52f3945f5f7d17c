import { fireEvent, render, screen } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { describe, expect, it, vi } from 'vitest';
import { emptyOrgForm, type OrgFormValues } from '../../../../src/domain/organisation-form';
import { OrgForm } from '../../../../src/features/registry/OrgForm';
import { makeOrg } from '../../storage/org-fixture';

function Harness({ onSave, duplicate = false }: { onSave: (v: OrgFormValues) => void; duplicate?: boolean }) {
  const [values, setValues] = useState<OrgFormValues>(emptyOrgForm());
  return (
    <OrgForm
      values={values}
      onChange={(patch) => setValues((v) => ({ ...v, ...patch }))}
      duplicate={duplicate && values.taxCode === '0100233488' ? makeOrg({ id: 'other', name: 'Công ty TNHH Phước Lộc' }) : undefined}
      duplicateHref={(id) => `/to-chuc/${id}`}
      communeOptions={[{ value: '00004', label: 'Phường Ba Đình — Thành phố Hà Nội' }]}
      searchCommunes={() => []}
      saving={false}
      onSave={() => onSave(values)}
      onCancel={() => {}}
      outcome={null}
    />
  );
}

/** The field labelled exactly so, else the one whose label starts with it ("Tên tổ chức (bắt buộc)"). */
const field = (label: string) => screen.queryByLabelText(label) ?? screen.getByLabelText(label, { exact: false });
const type = (label: string, value: string) => fireEvent.input(field(label), { target: { value } });
const choose = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label, { exact: false }), { target: { value } });
const save = () => screen.getByRole('button', { name: 'Lưu tổ chức' }) as HTMLButtonElement;

describe('OrgForm', () => {
  it('keeps Save disabled and lists every remaining problem by field until the form is valid', () => {
    const onSave = vi.fn();
    render(<Harness onSave={onSave} />);
    expect(save().disabled).toBe(true);
    expect(screen.getByText('Còn 3 ô cần sửa trước khi lưu:')).toBeTruthy();

    type('Tên tổ chức', 'Công ty TNHH Phước Lộc');
    choose('Loại hình', 'enterprise');
    choose('Xã, phường, đặc khu (bắt buộc)', '00004');
    type('Mã số thuế', '0100233480');
    expect(save().disabled).toBe(true);
    expect(screen.getByText('Còn 1 ô cần sửa trước khi lưu:')).toBeTruthy();
    expect(document.getElementById('taxCode-error')?.textContent).toMatch(/sai chữ số kiểm tra/);
    expect(screen.getByLabelText('Mã số thuế').getAttribute('aria-invalid')).toBe('true');
    fireEvent.submit(save().form!);
    expect(onSave).not.toHaveBeenCalled();

    // Or keep it as it is, with a reason: then it saves, and the problem stays in view.
    type('Lý do giữ nguyên mã này', 'Đúng như giấy chứng nhận');
    expect(save().disabled).toBe(false);
    expect(screen.getByText(/sai chữ số kiểm tra/, { selector: '.keep .warning' })).toBeTruthy();
    type('Lý do giữ nguyên mã này', '');

    type('Mã số thuế', '0100233488');
    expect(save().disabled).toBe(false);
    fireEvent.click(save());
    expect(onSave).toHaveBeenCalledWith(expect.objectContaining({ taxCode: '0100233488', kind: 'enterprise' }));
  });

  it('uses numeric and phone keypads for codes and phone numbers', () => {
    render(<Harness onSave={vi.fn()} />);
    expect(screen.getByLabelText('Mã số thuế').getAttribute('inputmode')).toBe('numeric');
    const phone = screen.getByLabelText('Số điện thoại (di động hoặc cố định)');
    expect(phone.getAttribute('inputmode')).toBe('tel');
    expect(phone.getAttribute('type')).toBe('tel');
  });

  it('refuses a tax code already in the registry, naming the field, with a link to that record', () => {
    render(<Harness onSave={vi.fn()} duplicate />);
    type('Tên tổ chức', 'Chi nhánh Phước Lộc');
    choose('Loại hình', 'enterprise');
    choose('Xã, phường, đặc khu (bắt buộc)', '00004');
    type('Mã số thuế', '0100233488');
    const link = screen.getByRole('link', { name: 'Công ty TNHH Phước Lộc' });
    expect(link.getAttribute('href')).toBe('/to-chuc/other');
    expect(save().disabled).toBe(true);
    expect(screen.getByText(/Mã số thuế/, { selector: '.form-summary a' })).toBeTruthy();
    type('Mã số thuế', '0100233488-001');
    expect(save().disabled).toBe(false);
  });

  it('asks for a valid mobile or landline number and a name to go with it', () => {
    render(<Harness onSave={vi.fn()} />);
    type('Số điện thoại (di động', '0243123456');
    expect(document.getElementById('representativePhone-error')?.textContent).toMatch(/cố định 11 chữ số/);
    expect(screen.getByText(/Họ tên người đại diện/, { selector: 'a' })).toBeTruthy();
    type('Số điện thoại (di động', '024 3123 4567');
    expect(document.getElementById('representativePhone-error')).toBeNull();
  });

  it('says at the consent checkbox that a household business code is a personal ID number, and keeps it only with consent', () => {
    render(<Harness onSave={vi.fn()} />);
    expect(screen.getByText(/mã số thuế 12 chữ số của hộ kinh doanh khi chủ hộ đồng ý/)).toBeTruthy();
    type('Tên tổ chức', 'Hộ kinh doanh Lan');
    choose('Loại hình', 'household');
    choose('Xã, phường, đặc khu (bắt buộc)', '00004');
    type('Mã số thuế', '001203012345');
    expect(save().disabled).toBe(true);
    expect(document.getElementById('taxCode-error')?.textContent).toMatch(/chỉ lưu khi chủ hộ đồng ý/);
    fireEvent.click(screen.getByLabelText(/Người đại diện đồng ý/));
    expect(save().disabled).toBe(false);
  });
});
