/**
 * Tax codes and phone numbers arrive as text, or as what Excel made of them:
 * leading zero gone, "1.01E+09", digits beyond the 15th zeroed. Damage is flagged
 * and never repaired silently; a possible fix is only suggested.
 * (Kept small and import-specific: the registry's own validators live elsewhere.)
 */
export type CellCheck =
  | { kind: 'ok'; value: string }
  | { kind: 'warning'; value: string; message: string }
  | { kind: 'error'; value: string; message: string };

const SCIENTIFIC = /^[+-]?\d+([.,]\d+)?e[+-]?\d+$/i;

export function checkTaxCode(raw: string): CellCheck {
  const value = raw.replace(/[\s.]/g, '').replace(/[–—]/g, '-');
  if (value === '') return { kind: 'ok', value };
  if (SCIENTIFIC.test(raw.trim()))
    return { kind: 'error', value: raw.trim(), message: `Mã số thuế “${raw.trim()}” đã bị Excel đổi thành dạng số mũ, không khôi phục được. Hãy định dạng cột là Văn bản (Text) và nhập lại mã đúng.` };
  if (/^\d{10}(-\d{3})?$/.test(value)) return { kind: 'ok', value };
  if (/^\d{13}$/.test(value))
    return { kind: 'warning', value, message: `Mã số thuế “${value}” có 13 chữ số liền nhau; mã chi nhánh thường viết ${value.slice(0, 10)}-${value.slice(10)}.` };
  if (/^\d{9}(-\d{3})?$/.test(value))
    return { kind: 'warning', value, message: `Mã số thuế “${value}” chỉ có 9 chữ số — có thể Excel đã làm mất số 0 ở đầu (0${value}?). Giữ nguyên như trong tệp; hãy kiểm tra lại.` };
  if (/^\d{16,}$/.test(value))
    return { kind: 'error', value, message: `Mã “${value}” dài hơn 15 chữ số: Excel đã làm hỏng các chữ số cuối, không khôi phục được.` };
  return { kind: 'warning', value, message: `Mã số thuế “${value}” không đúng dạng 10 chữ số (hoặc 10 chữ số-3 chữ số).` };
}

/** Phone as written, normalised to E.164 (+84…) when it is a Vietnamese mobile. */
export function checkPhone(raw: string): CellCheck {
  const trimmed = raw.trim();
  if (trimmed === '') return { kind: 'ok', value: '' };
  if (SCIENTIFIC.test(trimmed))
    return { kind: 'error', value: trimmed, message: `Số điện thoại “${trimmed}” đã bị Excel đổi thành dạng số mũ, không khôi phục được.` };
  const digits = trimmed.replace(/[\s.\-()]/g, '');
  const local = digits.replace(/^\+84/, '0').replace(/^84(?=\d{9}$)/, '0');
  if (/^0(3\d|5[1-9]|7[06-9]|8[1-9]|9\d)\d{7}$/.test(local)) return { kind: 'ok', value: `+84${local.slice(1)}` };
  if (/^(3\d|5[1-9]|7[06-9]|8[1-9]|9\d)\d{7}$/.test(local))
    return { kind: 'warning', value: trimmed, message: `Số điện thoại “${trimmed}” có 9 chữ số — có thể Excel đã làm mất số 0 ở đầu (0${local}?). Giữ nguyên như trong tệp.` };
  if (/^0\d{9,10}$/.test(local)) return { kind: 'ok', value: local };
  return { kind: 'warning', value: trimmed, message: `Số điện thoại “${trimmed}” không đúng dạng số Việt Nam.` };
}
