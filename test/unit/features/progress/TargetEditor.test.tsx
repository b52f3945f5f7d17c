import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { done, failed } from '../../../../src/domain/outcome';
import type { CommuneTarget } from '../../../../src/domain/progress/targets';
import { TargetEditor } from '../../../../src/features/progress/TargetEditor';

const quota: CommuneTarget = { code: 'B', enterprisePct: 30, otherPct: null, deadline: '2030-06-30' };
const names: Record<string, string> = { A: 'Phường Ba Đình', B: 'Phường Ngọc Hà' };

function renderEditor(onSave = vi.fn(async () => done), overrides = new Map([['B', quota]])) {
  const view = render(<TargetEditor codes={['A', 'B']} overrides={overrides} communeName={(c) => names[c]!} onSave={onSave} />);
  return { onSave, view };
}
const box = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const save = () => screen.getByRole('button', { name: 'Lưu chỉ tiêu' }) as HTMLButtonElement;

describe('TargetEditor', () => {
  it('names a percentage out of range by its field and keeps Save disabled', () => {
    const { onSave } = renderEditor();
    fireEvent.input(box('Doanh nghiệp, HTX (%)'), { target: { value: '150' } });
    expect(document.getElementById('tg-ent-error')?.textContent).toBe('Nhập số từ 0 đến 100');
    expect(box('Doanh nghiệp, HTX (%)').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Còn 1 ô cần sửa trước khi lưu:')).toBeTruthy();
    expect(save().disabled).toBe(true);
    fireEvent.input(box('Doanh nghiệp, HTX (%)'), { target: { value: 'abc' } });
    expect(document.getElementById('tg-ent-error')?.textContent).toBe('Nhập số từ 0 đến 100');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves the quota as numbers (blank meaning "as in Settings") and says so', async () => {
    const { onSave } = renderEditor();
    fireEvent.input(box('Doanh nghiệp, HTX (%)'), { target: { value: '30,5' } });
    fireEvent.input(box('Hạn chót'), { target: { value: '2030-06-30' } });
    fireEvent.click(save());
    expect(await screen.findByText('Đã lưu chỉ tiêu.')).toBeTruthy();
    expect(onSave).toHaveBeenCalledWith({ code: 'A', enterprisePct: 30.5, otherPct: null, deadline: '2030-06-30' });
  });

  it('shows why a save failed', async () => {
    renderEditor(vi.fn(async () => failed('Bộ nhớ đầy')));
    fireEvent.click(save());
    expect((await screen.findByRole('alert')).textContent).toBe('Bộ nhớ đầy');
  });

  it('starts from the picked commune’s stored quota, also when the quotas arrive after the form', () => {
    const { view, onSave } = renderEditor(undefined, new Map());
    fireEvent.change(screen.getByLabelText('Xã, phường, đặc khu'), { target: { value: 'B' } });
    expect(box('Doanh nghiệp, HTX (%)').value).toBe('');
    view.rerender(<TargetEditor codes={['A', 'B']} overrides={new Map([['B', quota]])} communeName={(c) => names[c]!} onSave={onSave} />);
    expect(box('Doanh nghiệp, HTX (%)').value).toBe('30');
    expect(box('Hạn chót').value).toBe('2030-06-30');
    fireEvent.change(screen.getByLabelText('Xã, phường, đặc khu'), { target: { value: 'A' } });
    expect(box('Doanh nghiệp, HTX (%)').value).toBe('');
  });
});
