import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { VirtualList } from '../../../src/ui/VirtualList';

describe('VirtualList', () => {
  it('renders the rows of a list read by position, leaving out one it can no longer read', () => {
    // A query's rows read through an index that has since dropped the second record.
    const items = { length: 3, at: (i: number) => (i === 1 ? undefined : `Hàng ${i + 1}`) };
    render(<VirtualList items={items} rowHeight={40} label="Danh sách" getKey={(s) => s} renderRow={(s) => s} />);
    const rows = screen.getAllByRole('listitem');
    expect(rows.map((r) => r.textContent)).toEqual(['Hàng 1', 'Hàng 3']);
    expect(rows.map((r) => r.getAttribute('aria-posinset'))).toEqual(['1', '3']);
  });
});
