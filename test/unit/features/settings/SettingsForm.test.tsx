import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { AdminUnits, type AdminUnitsData } from '../../../../src/domain/admin-units';
import { DEFAULT_SETTINGS, type Settings } from '../../../../src/domain/settings';
import { SettingsForm } from '../../../../src/features/settings/SettingsForm';
import data from '../../../../src/generated/admin-units.json';

const units = new AdminUnits(data as unknown as AdminUnitsData);

function renderForm(onSave = vi.fn(async (_: Settings) => null as string | null)) {
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

  it('shows every error by its field and does not save', async () => {
    const onSave = renderForm();
    fireEvent.input(screen.getByLabelText('Doanh nghiệp, hợp tác xã (%)'), { target: { value: '120' } });
    fireEvent.input(screen.getByLabelText('Địa chỉ công khai dùng trong mã QR'), { target: { value: 'javascript:alert(1)' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    expect(await screen.findByText('Nhập số từ 0 đến 100')).toBeTruthy();
    expect(screen.getByText('Địa chỉ phải bắt đầu bằng http:// hoặc https://')).toBeTruthy();
    expect(screen.getByLabelText('Địa chỉ công khai dùng trong mã QR').getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
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
    renderForm(vi.fn(async () => 'Bộ nhớ đầy'));
    fireEvent.click(screen.getByRole('button', { name: 'Lưu cài đặt' }));
    expect(await screen.findByText('Bộ nhớ đầy')).toBeTruthy();
  });
});
