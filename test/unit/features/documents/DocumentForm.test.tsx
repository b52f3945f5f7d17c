import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { DocumentForm } from '../../../../src/features/documents/DocumentForm';

const empty = { title: '', url: '', note: '', publisher: '' };

describe('DocumentForm', () => {
  it('refuses javascript: with a message on the URL field and does not save', async () => {
    const onSave = vi.fn(async () => null);
    render(<DocumentForm initial={empty} heading="Thêm" onSave={onSave} onCancel={() => {}} />);
    fireEvent.input(screen.getByLabelText('Tiêu đề'), { target: { value: 'Thử' } });
    const url = screen.getByLabelText('Đường dẫn (http:// hoặc https://)');
    fireEvent.input(url, { target: { value: 'javascript:alert(1)' } });
    fireEvent.submit(url.closest('form')!);
    expect(await screen.findByText(/Không nhận đường dẫn “javascript:”/)).toBeTruthy();
    expect(url.getAttribute('aria-invalid')).toBe('true');
    expect(url.getAttribute('aria-describedby')).toBe('doc-url-error');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('saves cleaned fields with the URL percent-encoded', async () => {
    const onSave = vi.fn(async () => null);
    render(<DocumentForm initial={empty} heading="Thêm" onSave={onSave} onCancel={() => {}} />);
    fireEvent.input(screen.getByLabelText('Tiêu đề'), { target: { value: ' Hướng dẫn ' } });
    fireEvent.input(screen.getByLabelText('Đường dẫn (http:// hoặc https://)'), { target: { value: 'https://xa.vn/tài liệu' } });
    fireEvent.submit(screen.getByLabelText('Tiêu đề').closest('form')!);
    expect(await screen.findByText('Đã lưu tài liệu.')).toBeTruthy();
    expect(onSave).toHaveBeenCalledWith({ title: 'Hướng dẫn', url: 'https://xa.vn/t%C3%A0i%20li%E1%BB%87u', note: '', publisher: '' });
  });
});
