/**
 * The Ministry of Public Security's VNeID hotline (seeds 002, 003). A 1900
 * number is charged, so every place that shows it says so. "Press 4 for an
 * operator" is documented only for changing a phone number (domain-notes §1b),
 * so only that advice mentions the key.
 */
export const HOTLINE = {
  display: '1900 0368',
  tel: '19000368',
  operatorKey: '4',
  charged: '(có tính cước)',
} as const;
