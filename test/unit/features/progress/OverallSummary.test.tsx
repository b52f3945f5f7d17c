import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { computeProgressReport } from '../../../../src/domain/progress/report';
import { OverallSummary } from '../../../../src/features/progress/OverallSummary';
import { many, org, utcDate } from '../../domain/progress/progress-fixture';

describe('OverallSummary', () => {
  it('shows the Huế figures the Vietnamese way, as text and as an accessible ring', () => {
    const orgs = [
      ...many(1309, () => org('enterprise', 'issued', { issuedOn: '2025-04-20' })),
      ...many(7321, () => org('enterprise', 'informed')),
    ];
    const { overall } = computeProgressReport({
      orgs,
      today: '2025-05-06',
      defaults: { enterprisePct: 80, otherPct: 50, deadline: '2025-06-30' },
      overrides: new Map(),
      toDate: utcDate,
    });
    render(<OverallSummary overall={overall} />);
    expect(screen.getByRole('img', { name: 'Doanh nghiệp, HTX: 15,17%, chỉ tiêu 80%' })).toBeTruthy();
    expect(screen.getByText('1.309 / 8.630')).toBeTruthy();
    expect(screen.getByTestId('overall-needed').textContent).toBe('5.595');
    expect(screen.getByTestId('overall-per-day').textContent).toBe('100');
    // 1,309 in 28 days is 46.75 a day: 5,595 take 120 days, day 1 being 06/5.
    expect(screen.getByTestId('overall-projection').textContent).toBe('02/09/2025 (trễ hạn)');
  });
});
