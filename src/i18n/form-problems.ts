import type { CodeCheckProblem, OrgFormField, OrgFormProblem, OrgFormProblems } from '../domain/organisation-form';
import type { TaxCodeProblem } from '../domain/tax-code';
import type { FieldProblem } from '../domain/validation';
import type { WebUrlProblem } from '../domain/web-url';
import { count } from './number';

/* The words for the problem codes of the forms: organisation, documents, settings, commune quotas. */

const tooLong = (max: number) => `Tối đa ${count(max)} ký tự`;
/** A value no rule words more precisely (of the wrong type, written by an older build). */
const invalidText = 'Giá trị không hợp lệ';

export const taxCodeProblemText: Record<TaxCodeProblem | 'formatHousehold', string> = {
  format: 'Mã số thuế gồm 10 chữ số, hoặc 10 chữ số - 3 chữ số cho chi nhánh',
  formatHousehold: 'Mã số thuế gồm 10 chữ số (chi nhánh thêm -3 chữ số), hoặc số định danh cá nhân 12 chữ số',
  checkDigit: 'Mã số thuế sai chữ số kiểm tra (chữ số thứ 10): hãy xem lại từng chữ số',
  sequence: 'Mã số thuế không hợp lệ (chữ số 3–9 không thể đều là 0)',
  branch: 'Mã chi nhánh phải từ 001 đến 999',
  personalPlace: 'Số định danh cá nhân sai: 3 chữ số đầu không phải mã nơi đăng ký khai sinh',
  personalCentury: 'Số định danh cá nhân sai: chữ số thứ 4 (thế kỷ sinh, giới tính) phải từ 0 đến 3',
  personalYear: 'Số định danh cá nhân sai: năm sinh (chữ số 4–6) chưa tới',
};

export const phoneProblemText = 'Số điện thoại: di động 10 chữ số (03, 05, 07, 08, 09) hoặc cố định 11 chữ số bắt đầu bằng 02 (có thể viết +84)';

export function codeCheckText(p: CodeCheckProblem): string {
  return p.code === 'phone' ? phoneProblemText : taxCodeProblemText[p.problem];
}

const orgRequired: Partial<Record<OrgFormField, string>> = {
  name: 'Nhập tên tổ chức',
  kind: 'Chọn loại hình',
  communeCode: 'Chọn xã, phường, đặc khu',
};

const orgText = {
  nameLong: (max: number) => `Tên tối đa ${count(max)} ký tự`,
  date: 'Ngày hẹn không hợp lệ',
  keepOrFix: 'Sửa lại, hoặc ghi lý do giữ nguyên ở ô bên dưới',
  taxRequired: 'Doanh nghiệp, hợp tác xã phải có mã số thuế',
  personalNeedsConsent:
    'Số 12 chữ số là số định danh cá nhân của chủ hộ: chỉ lưu khi chủ hộ đồng ý (đánh dấu ô đồng ý bên dưới), nếu không hãy để trống',
  phoneNeedsName: 'Nhập tên người đại diện kèm số điện thoại',
} as const;

export function orgFormProblemText(field: OrgFormField, p: OrgFormProblem): string {
  switch (p.code) {
    case 'required':
      return orgRequired[field] ?? invalidText;
    case 'too-long':
      return field === 'name' ? orgText.nameLong(p.max) : tooLong(p.max);
    case 'date':
      return orgText.date;
    case 'tax-code':
    case 'phone':
      return codeCheckText(p);
    case 'keep-or-fix':
      return `${codeCheckText(p.problem)}. ${orgText.keepOrFix}`;
    case 'tax-required':
      return orgText.taxRequired;
    case 'personal-needs-consent':
      return orgText.personalNeedsConsent;
    case 'phone-needs-name':
      return orgText.phoneNeedsName;
    default:
      return invalidText;
  }
}

/** The organisation form's problems in words, field by field. */
export function orgFormMessages(problems: OrgFormProblems): Partial<Record<OrgFormField, string>> {
  const out: Partial<Record<OrgFormField, string>> = {};
  for (const [field, p] of Object.entries(problems) as [OrgFormField, OrgFormProblem][]) out[field] = orgFormProblemText(field, p);
  return out;
}

const percentText = 'Nhập số từ 0 đến 100';
const deadlineText = 'Hạn chót phải là một ngày hợp lệ';

function urlText(p: WebUrlProblem): string {
  if (p.reason === 'empty') return 'Hãy nhập đường dẫn.';
  if (p.reason === 'scheme') return `Không nhận đường dẫn “${p.scheme}:”. Chỉ nhận địa chỉ web bắt đầu bằng http:// hoặc https://.`;
  return 'Đường dẫn không hợp lệ. Hãy nhập đầy đủ, ví dụ https://dichvucong.gov.vn/';
}

const documentFieldNames: Record<string, string> = { title: 'Tiêu đề', note: 'Ghi chú', publisher: 'Nơi ban hành' };

export function documentProblemText(field: string, p: FieldProblem): string {
  if (p.code === 'url') return urlText(p.problem);
  if (p.code === 'required') return 'Hãy nhập tiêu đề.';
  if (p.code === 'too-long') return documentFieldNames[field] ? `${documentFieldNames[field]} tối đa ${count(p.max)} ký tự` : tooLong(p.max);
  return invalidText;
}

const settingsFieldNames: Record<string, string> = { userName: 'Tên', team: 'Tên tổ' };

export function settingsProblemText(field: string, p: FieldProblem): string {
  switch (p.code) {
    case 'percent':
      return percentText;
    case 'date':
      return deadlineText;
    case 'web-base':
      return 'Địa chỉ phải bắt đầu bằng http:// hoặc https://';
    case 'too-long':
      return settingsFieldNames[field] ? `${settingsFieldNames[field]} tối đa ${count(p.max)} ký tự` : tooLong(p.max);
    default:
      return invalidText;
  }
}

/** A commune quota's problem (the quota form shows them in one line, whatever the field). */
export function targetProblemText(p: FieldProblem): string {
  if (p.code === 'percent') return percentText;
  if (p.code === 'date') return deadlineText;
  return invalidText;
}

/** Each field's problem in words, with the wording of one form. */
export function fieldMessages(problems: Record<string, FieldProblem>, word: (field: string, p: FieldProblem) => string): Record<string, string> {
  return Object.fromEntries(Object.entries(problems).map(([field, p]) => [field, word(field, p)]));
}
