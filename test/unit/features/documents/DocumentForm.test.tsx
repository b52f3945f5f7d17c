import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DocumentForm } from '../../../../src/features/documents/DocumentForm';

const empty = { title: '', url: '', note: '', publisher: '' };
const renderForm = (onSave = vi.fn()) => {
  render(<DocumentForm initial={empty} heading="Thêm" saving={false} onSave={onSave} onCancel={() => {}} />);
  return onSave;
};
const save = () => screen.getByRole('button', { name: 'Lưu tài liệu' }) as HTMLButtonElement;

describe('DocumentForm', () => {
  it('lists the required fields from the start, next to a disabled Save', () => {
    renderForm();
    expect(save().disabled).toBe(true);
    expect(screen.getByText('Còn 2 ô cần sửa trước khi lưu:')).toBeTruthy();
    expect(document.getElementById('doc-title-error')).toBeNull();
  });

  it('refuses javascript: with a message on the URL field and does not save', () => {
    const onSave = renderForm();
    fireEvent.input(screen.getByLabelText('Tiêu đề'), { target: { value: 'Thử' } });
    const url = screen.getByLabelText('Đường dẫn (http:// hoặc https://)');
    fireEvent.input(url, { target: { value: 'javascript:alert(1)' } });
    expect(document.getElementById('doc-url-error')?.textContent).toMatch(/^Không nhận đường dẫn “javascript:”/);
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(url.getAttribute('aria-describedby')).toBe('doc-url-error');
    expect(screen.getByRole('link', { name: 'Đường dẫn (http:// hoặc https://)' }).getAttribute('href')).toBe('#doc-url');
    fireEvent.submit(url.closest('form')!);
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves cleaned fields with the URL percent-encoded', () => {
    const onSave = renderForm();
    fireEvent.input(screen.getByLabelText('Tiêu đề'), { target: { value: ' Hướng dẫn ' } });
    fireEvent.input(screen.getByLabelText('Đường dẫn (http:// hoặc https://)'), { target: { value: 'https://xa.vn/tài liệu' } });
    expect(save().disabled).toBe(false);
    fireEvent.click(save());
    expect(onSave).toHaveBeenCalledWith({ title: 'Hướng dẫn', url: 'https://xa.vn/t%C3%A0i%20li%E1%BB%87u', note: '', publisher: '' });
  });
});
