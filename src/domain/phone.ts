/**
 * Vietnamese phone numbers (domain-notes §2c): mobile by a lenient prefix rule,
 * not by operator (numbers move between networks), or a landline (02 + area code
 * + number, 11 digits since 2017). Stored in E.164 (+84…). The one check for the
 * form and the import alike.
 */
const MOBILE = /^0(3\d|5[1-9]|7[06-9]|8[1-9]|9\d)\d{7}$/;
const LANDLINE = /^02\d{9}$/;

export type PhoneKind = 'mobile' | 'landline';

/** Separators dropped, +84 / 84 turned into the leading 0. */
function localDigits(raw: string): string {
  let n = raw.replace(/[\s.\-()\u00a0]/g, '');
  if (n.startsWith('+84')) n = `0${n.slice(3)}`;
  else if (n.startsWith('84') && (n.length === 11 || n.length === 12)) n = `0${n.slice(2)}`;
  return n;
}

/** '0912 345 678', '+84 912-345-678', '024 3123 4567' → E.164 and its kind; null when neither a mobile nor a landline. */
export function parsePhone(raw: string): { value: string; kind: PhoneKind } | null {
  const n = localDigits(raw);
  if (MOBILE.test(n)) return { value: `+84${n.slice(1)}`, kind: 'mobile' };
  if (LANDLINE.test(n)) return { value: `+84${n.slice(1)}`, kind: 'landline' };
  return null;
}

/**
 * E.164 back the way people read numbers aloud: '0912 345 678'; landlines by
 * their area code, '024 3123 4567' (Hà Nội and TP HCM have 3-digit codes), '0236 381 2345'.
 */
export function formatPhone(e164: string): string {
  if (!e164.startsWith('+84')) return e164;
  const local = `0${e164.slice(3)}`;
  if (MOBILE.test(local)) return `${local.slice(0, 4)} ${local.slice(4, 7)} ${local.slice(7)}`;
  if (!LANDLINE.test(local)) return e164;
  if (/^02[48]/.test(local)) return `${local.slice(0, 3)} ${local.slice(3, 7)} ${local.slice(7)}`;
  return `${local.slice(0, 4)} ${local.slice(4, 7)} ${local.slice(7)}`;
}
