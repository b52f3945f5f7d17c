import { signal } from '@preact/signals';
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { type Services, ServicesContext } from '../../../../src/context/services';
import ReviewPage from '../../../../src/features/team/ReviewPage';
import type { ReviewRow } from '../../../../src/storage/db';
import { makeOrg } from '../../storage/org-fixture';

function renderReview(rows: ReviewRow[]) {
  const org = makeOrg({ id: 'o1', name: 'Hợp tác xã Tân Tiến' });
  const team = { reviews: signal(rows), organisation: (id: string) => (id === org.id ? org : undefined), pick: async () => {} };
  render(
    <ServicesContext.Provider value={{ team } as unknown as Services}>
      <ReviewPage />
    </ServicesContext.Provider>,
  );
}

describe('ReviewPage', () => {
  it('words every disputed value as the organisation page does: no codes, no JSON', () => {
    const at = new Date(2026, 10, 1, 9).getTime();
    renderReview([
      {
        id: 'o1',
        dispute: {
          status: ['guided', 'problem'],
          problemReason: [null, 'data_mismatch'],
          followUpDate: ['2026-12-05', null],
          consent: [null, { given: true, recordedBy: 'Lan', at }],
        },
      },
    ]);
    expect(screen.getByText('Hợp tác xã Tân Tiến')).toBeTruthy();
    const choices = [...document.querySelectorAll('.review-choice')].map((label) => label.textContent?.trim());
    expect(choices).toEqual([
      'Đã hướng dẫn',
      'Vướng mắc',
      '(trống)',
      'Thông tin thuế, đăng ký kinh doanh chưa khớp với CSDL quốc gia về dân cư',
      '05/12/2026',
      '(trống)',
      '(trống)',
      'Đã đồng ý — Lan ghi ngày 01/11/2026',
    ]);
  });
});
