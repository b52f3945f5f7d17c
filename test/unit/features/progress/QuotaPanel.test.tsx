import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { done, failed } from '../../../../src/domain/outcome';
import { QuotaPanel } from '../../../../src/features/progress/QuotaPanel';

const names: Record<string, string> = { A: 'Phường Vỹ Dạ', B: 'Phường Phú Xuân' };

function renderPanel(onSave = vi.fn(async () => done), following = false) {
  render(<QuotaPanel codes={['A', 'B']} communeName={(c) => names[c]!} onSave={onSave} quotaFile={() => null} following={following} />);
  return onSave;
}
const box = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const save = () => screen.getByRole('button', { name: 'Lưu chỉ tiêu' }) as HTMLButtonElement;

describe('QuotaPanel', () => {
  it('names each wrong box by its field as it is typed, lists them, and keeps Save disabled', () => {
    const onSave = renderPanel();
    fireEvent.input(box('Doanh nghiệp, HTX (%)'), { target: { value: '150' } });
    fireEvent.input(box('Tổ chức khác (%)'), { target: { value: 'abc' } });
    expect(document.getElementById('q-ent-error')?.textContent).toBe('Nhập số từ 0 đến 100');
    expect(document.getElementById('q-oth-error')?.textContent).toBe('Nhập số từ 0 đến 100');
    expect(box('Doanh nghiệp, HTX (%)').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Còn 2 ô cần sửa trước khi lưu:')).toBeTruthy();
    expect(save().disabled).toBe(true);
    fireEvent.submit(save().form!);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves one commune’s quota as numbers and says so; all communes when none is picked', async () => {
    const onSave = renderPanel();
    fireEvent.change(screen.getByLabelText('Áp dụng cho'), { target: { value: 'B' } });
    fireEvent.input(box('Doanh nghiệp, HTX (%)'), { target: { value: '90,5' } });
    fireEvent.input(box('Hạn chót'), { target: { value: '2030-06-30' } });
    fireEvent.click(save());
    expect((await screen.findByTestId('quota-outcome')).textContent).toBe('Đã lưu chỉ tiêu cho 1 xã, phường, đặc khu.');
    expect(onSave).toHaveBeenCalledWith('B', { enterprisePct: 90.5, otherPct: null, deadline: '2030-06-30' });
    fireEvent.change(screen.getByLabelText('Áp dụng cho'), { target: { value: '' } });
    fireEvent.click(save());
    expect(await screen.findByText('Đã lưu chỉ tiêu cho 2 xã, phường, đặc khu.')).toBeTruthy();
    expect(onSave).toHaveBeenLastCalledWith('', { enterprisePct: 90.5, otherPct: null, deadline: '2030-06-30' });
  });

  it('says the quota goes down through the province database when the phone follows one', async () => {
    renderPanel(undefined, true);
    fireEvent.input(box('Tổ chức khác (%)'), { target: { value: '60' } });
    fireEvent.click(save());
    expect((await screen.findByTestId('quota-outcome')).textContent).toContain('gửi xuống các xã qua cơ sở dữ liệu của tỉnh');
  });

  it('shows why a save failed, and that there is no quota file to download yet', async () => {
    renderPanel(vi.fn(async () => failed('Bộ nhớ đầy')));
    fireEvent.click(save());
    expect((await screen.findByRole('alert')).textContent).toBe('Bộ nhớ đầy');
    fireEvent.click(screen.getByRole('button', { name: 'Tải tệp chỉ tiêu để gửi về xã' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Chưa giao chỉ tiêu nào để gửi.');
  });
});
