import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { ProblemGroup } from '../../../../src/domain/progress/report';
import { ProblemList } from '../../../../src/features/progress/OrgLinks';

const groups: ProblemGroup[] = [
  {
    reason: 'data_mismatch',
    count: 2,
    orgs: [
      { id: 'p1', name: 'Công ty Sông Hương', communeCode: '19753' },
      { id: 'p2', name: 'HTX Thủy Biều', communeCode: '19753' },
    ],
  },
];
const communeName = (code: string) => (code === '19753' ? 'Phường Phú Xuân' : code);

describe('ProblemList', () => {
  it('links a reason’s organisations once its disclosure is opened, and makes no links while it is closed', async () => {
    const { container } = render(<ProblemList groups={groups} communeName={communeName} withLinks />);
    const details = container.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).toContain(': 2');
    expect(screen.queryAllByRole('link')).toHaveLength(0);

    details.open = true;
    fireEvent(details, new Event('toggle'));
    expect((await screen.findByRole('link', { name: 'HTX Thủy Biều' })).getAttribute('href')).toContain('p2');
    expect(screen.getAllByRole('link')).toHaveLength(2);
    expect(details.textContent).toContain('Phường Phú Xuân');
  });

  it('gives only the counts when the page asks for no links (the printed report, the roll-up)', () => {
    const { container } = render(<ProblemList groups={groups} communeName={communeName} withLinks={false} />);
    expect(container.querySelector('details')).toBeNull();
    expect(container.textContent).toContain(': 2');
  });
});
