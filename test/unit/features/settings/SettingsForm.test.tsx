import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { AdminUnits, type AdminUnitsData } from '../../../../src/domain/admin-units';
import { done, failed, type Outcome } from '../../../../src/domain/outcome';
import { DEFAULT_SETTINGS, type Settings } from '../../../../src/domain/settings';
import { SettingsForm } from '../../../../src/features/settings/SettingsForm';
import data from '../../../../src/generated/admin-units.json';

const units = new AdminUnits(data as unknown as AdminUnitsData);

function renderForm(onSave = vi.fn(async (_: Settings): Promise<Outcome> => done)) {
  render(<SettingsForm initial={DEFAULT_SETTINGS} units={units} saving={false} onSave={onSave} />);
  return onSave;
}

describe('SettingsForm', () => {
  it('saves a valid form with the chosen commune', async () => {
    const onSave = renderForm();
    fireEvent.input(screen.getByLabelText('Họ và tên của tôi'), { target: { value: 'Phạm Thị Thuỷ' } });
    fireEvent.input(screen.getByLabelText('Tìm xã, phường, đặc khu (gõ không dấu cũng được)'), { target: { value: 'ba dinh' } });
    fireEvent.click(await screen.findByRole('option', { name: /Phường Ba Đình/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    await waitFor(() => expect(onSave).toHaveBeenCalledTimes(1));
    const saved = onSave.mock.calls[0]![0];
    expect(saved.userName).toBe('Phạm Thị Thuỷ');
    expect(saved.communeCodes).toEqual(['00004']);
    expect(await screen.findByText('Đã lưu cài đặt.')).toBeTruthy();
  });

  it('shows every error by its field, lists them next to a disabled Save, and does not save', async () => {
    const onSave = renderForm();
    fireEvent.input(screen.getByLabelText('Doanh nghiệp, hợp tác xã (%)'), { target: { value: '120' } });
    fireEvent.input(screen.getByLabelText('Địa chỉ công khai dùng trong mã QR'), { target: { value: 'javascript:alert(1)' } });
    expect(document.getElementById('enterprisePct-error')?.textContent).toBe('Nhập số từ 0 đến 100');
    expect(document.getElementById('publicBaseUrl-error')?.textContent).toBe('Địa chỉ phải bắt đầu bằng http:// hoặc https://');
    const url = screen.getByLabelText('Địa chỉ công khai dùng trong mã QR');
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(url.getAttribute('aria-describedby')).toBe('publicBaseUrl-hint publicBaseUrl-error');
    const summary = screen.getByText('Còn 2 ô cần sửa trước khi lưu:');
    expect([...summary.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Địa chỉ công khai dùng trong mã QR: Địa chỉ phải bắt đầu bằng http:// hoặc https://',
      'Doanh nghiệp, hợp tác xã (%): Nhập số từ 0 đến 100',
    ]);
    const save = screen.getByRole('button', { name: 'Lưu cài đặt' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    fireEvent.submit(save.form!);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('names an empty percentage box instead of saving 0', () => {
    renderForm();
    fireEvent.input(screen.getByLabelText('Tổ chức khác (%)'), { target: { value: '' } });
    expect(document.getElementById('otherPct-error')?.textContent).toBe('Nhập số từ 0 đến 100');
  });

  it('warns while typing when QR codes would point at a private or non-https address', async () => {
    renderForm();
    fireEvent.input(screen.getByLabelText('Địa chỉ công khai dùng trong mã QR'), { target: { value: 'http://192.168.1.10/eid/' } });
    const warnings = await screen.findAllByTestId('qr-base-warning');
    expect(warnings.map((w) => w.textContent).join(' ')).toMatch(/mạng nội bộ/);
    fireEvent.input(screen.getByLabelText('Địa chỉ công khai dùng trong mã QR'), { target: { value: 'https://dinhdanh.example.vn/' } });
    await waitFor(() => expect(screen.queryAllByTestId('qr-base-warning')).toHaveLength(0));
  });

  it('shows why a save failed', async () => {
    renderForm(vi.fn(async () => failed('Bộ nhớ đầy')));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Bộ nhớ đầy');
  });
});
