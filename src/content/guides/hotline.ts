/** The Ministry of Public Security's VNeID hotline (seeds 002, 003; press 4 for an operator per domain notes §1b). */
export const HOTLINE = {
  display: '1900 0368',
  tel: '19000368',
  operatorKey: '4',
} as const;
