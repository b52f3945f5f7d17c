import { render, screen } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../src/ui/ErrorBoundary';

function Broken(): never {
  throw new RangeError('boom');
}

describe('ErrorBoundary', () => {
  it('shows the fallback instead of a blank page when a child throws, and logs the error', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <main>
        <p>Đầu trang</p>
        <ErrorBoundary fallback={<p>Trang này gặp lỗi</p>}>
          <Broken />
        </ErrorBoundary>
      </main>,
    );
    expect(screen.getByText('Trang này gặp lỗi')).toBeTruthy();
    expect(screen.getByText('Đầu trang')).toBeTruthy();
    expect(log).toHaveBeenCalledWith('page failed to render', expect.any(RangeError));
    log.mockRestore();
  });

  it('renders its children when nothing throws', () => {
    render(
      <ErrorBoundary fallback={<p>lỗi</p>}>
        <p>Nội dung</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('Nội dung')).toBeTruthy();
    expect(screen.queryByText('lỗi')).toBeNull();
  });
});
