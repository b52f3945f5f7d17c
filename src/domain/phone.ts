/**
 * Vietnamese mobile numbers (domain-notes §2c): lenient prefix rule, not by
 * operator (numbers move between networks). Stored in E.164 (+84…).
 */
const MOBILE = /^0(3\d|5[1-9]|7[06-9]|8[1-9]|9\d)\d{7}$/;

/** '0912 345 678', '+84 912-345-678', '84912345678' → '+84912345678'; null when not a mobile number. */
export function normaliseMobile(raw: string): string | null {
  let n = raw.replace(/[\s.\-()\u00a0]/g, '');
  if (n.startsWith('+84')) n = `0${n.slice(3)}`;
  else if (n.startsWith('84') && n.length === 11) n = `0${n.slice(2)}`;
  return MOBILE.test(n) ? `+84${n.slice(1)}` : null;
}

/** '+84912345678' → '0912 345 678', the way people read numbers aloud. */
export function formatMobile(e164: string): string {
  if (!e164.startsWith('+84') || e164.length !== 12) return e164;
  const local = `0${e164.slice(3)}`;
  return `${local.slice(0, 4)} ${local.slice(4, 7)} ${local.slice(7)}`;
}
