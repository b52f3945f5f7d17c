import { z } from 'zod/mini';
import { ISO_DATE } from './dates';
import { cleanText } from './fold';
import { ORG_KINDS, type OrgKind, type Organisation, organisationSchema } from './organisation';
import { normaliseMobile } from './phone';
import { parseTaxCode, type TaxCodeProblem } from './tax-code';

/** What the create/edit form holds: strings as typed, so a draft can be saved half-done. */
export interface OrgFormValues {
  name: string;
  kind: OrgKind | '';
  taxCode: string;
  address: string;
  communeCode: string;
  representativeName: string;
  representativePhone: string;
  consentGiven: boolean;
  notes: string;
  followUpDate: string;
}

export type OrgFormField = keyof OrgFormValues;

/** Kinds registered with a tax / enterprise code: the code is required for them. */
const NEEDS_TAX_CODE: readonly OrgKind[] = ['enterprise', 'cooperative', 'coop_union'];

export const FORM_MESSAGES = {
  nameRequired: 'Nhập tên tổ chức',
  nameLong: 'Tên tối đa 200 ký tự',
  kindRequired: 'Chọn loại hình',
  communeRequired: 'Chọn xã, phường, đặc khu',
  taxRequired: 'Doanh nghiệp, hợp tác xã phải có mã số thuế',
  tax: {
    format: 'Mã số thuế gồm 10 chữ số, hoặc 10 chữ số - 3 chữ số cho chi nhánh',
    formatHousehold: 'Mã số thuế gồm 10 chữ số (chi nhánh thêm -3 chữ số), hoặc số định danh cá nhân 12 chữ số',
    checkDigit: 'Mã số thuế sai chữ số kiểm tra (chữ số thứ 10): hãy xem lại từng chữ số',
    sequence: 'Mã số thuế không hợp lệ (chữ số 3–9 không thể đều là 0)',
    branch: 'Mã chi nhánh phải từ 001 đến 999',
  } satisfies Record<TaxCodeProblem | 'formatHousehold', string>,
  phone: 'Số di động gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09 (hoặc +84)',
  phoneNeedsName: 'Nhập tên người đại diện kèm số điện thoại',
  date: 'Ngày hẹn không hợp lệ',
  textLong: 'Tối đa 2.000 ký tự',
} as const;

const text = (max: number, message: string) => z.string().check(z.maxLength(max, message));

const formSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, FORM_MESSAGES.nameRequired), z.maxLength(200, FORM_MESSAGES.nameLong)),
  kind: z.enum(ORG_KINDS, FORM_MESSAGES.kindRequired),
  taxCode: z.string(),
  address: text(300, FORM_MESSAGES.textLong),
  communeCode: z.string().check(z.minLength(1, FORM_MESSAGES.communeRequired)),
  representativeName: text(120, FORM_MESSAGES.textLong),
  representativePhone: z.string(),
  consentGiven: z.boolean(),
  notes: text(2000, FORM_MESSAGES.textLong),
  followUpDate: z.string().check(z.refine((s) => s === '' || ISO_DATE.test(s), FORM_MESSAGES.date)),
});

/** Rules that span fields. Kept outside the schema so they report even when other fields fail (zod skips object refinements then). */
function crossFieldProblems(v: OrgFormValues): Partial<Record<OrgFormField, string>> {
  const out: Partial<Record<OrgFormField, string>> = {};
  const household = v.kind === 'household';
  if (v.taxCode.trim()) {
    const tax = parseTaxCode(v.taxCode, household);
    if (!tax.ok) out.taxCode = tax.problem === 'format' && household ? FORM_MESSAGES.tax.formatHousehold : FORM_MESSAGES.tax[tax.problem];
  } else if (v.kind && NEEDS_TAX_CODE.includes(v.kind)) out.taxCode = FORM_MESSAGES.taxRequired;
  if (v.representativePhone.trim()) {
    if (!normaliseMobile(v.representativePhone)) out.representativePhone = FORM_MESSAGES.phone;
    if (!v.representativeName.trim()) out.representativeName = FORM_MESSAGES.phoneNeedsName;
  }
  return out;
}

export function emptyOrgForm(communeCode = ''): OrgFormValues {
  return {
    name: '',
    kind: '',
    taxCode: '',
    address: '',
    communeCode,
    representativeName: '',
    representativePhone: '',
    consentGiven: false,
    notes: '',
    followUpDate: '',
  };
}

export function orgFormFrom(org: Organisation): OrgFormValues {
  return {
    name: org.name,
    kind: org.kind,
    taxCode: org.taxCode,
    address: org.address,
    communeCode: org.communeCode,
    representativeName: org.representativeName,
    representativePhone: org.representativePhone,
    consentGiven: org.consent?.given ?? false,
    notes: org.notes,
    followUpDate: org.followUpDate ?? '',
  };
}

/** Every problem of the form, one message per field (empty object when valid). */
export function validateOrgForm(values: OrgFormValues): Partial<Record<OrgFormField, string>> {
  const out = crossFieldProblems(values);
  const parsed = formSchema.safeParse(values);
  if (parsed.success) return out;
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as OrgFormField;
    out[field] ??= issue.message;
  }
  return out;
}

export interface Stamp {
  id: string;
  by: string;
  at: number;
}

/**
 * The organisation a valid form describes: text NFC-normalised and trimmed, tax
 * code and phone in their canonical forms, consent re-stamped only when it
 * changes. `base` is the record being edited (null when creating).
 * Throws when the form is invalid: callers check `validateOrgForm` first.
 */
export function organisationFromForm(values: OrgFormValues, base: Organisation | null, stamp: Stamp): Organisation {
  if (Object.keys(validateOrgForm(values)).length > 0) throw new Error('invalid organisation form');
  const tax = values.taxCode.trim() ? parseTaxCode(values.taxCode, values.kind === 'household') : null;
  const consentChanged = (base?.consent?.given ?? false) !== values.consentGiven;
  const consent =
    consentChanged || !base
      ? values.consentGiven || base?.consent
        ? { given: values.consentGiven, recordedBy: stamp.by, at: stamp.at }
        : null
      : base.consent;
  const org: Organisation = {
    id: base?.id ?? stamp.id,
    taxCode: tax?.ok ? tax.value : '',
    name: cleanText(values.name),
    kind: values.kind as OrgKind,
    address: cleanText(values.address),
    communeCode: values.communeCode,
    representativeName: cleanText(values.representativeName),
    representativePhone: values.representativePhone.trim() ? (normaliseMobile(values.representativePhone) ?? '') : '',
    consent,
    status: base?.status ?? 'not_contacted',
    problemReason: base?.problemReason ?? null,
    notApplicableReason: base?.notApplicableReason ?? null,
    statusNote: base?.statusNote ?? '',
    notes: values.notes.normalize('NFC').trim(),
    followUpDate: values.followUpDate || null,
    statusHistory: base?.statusHistory ?? [{ status: 'not_contacted', at: stamp.at, by: stamp.by }],
    createdAt: base?.createdAt ?? stamp.at,
    updatedAt: stamp.at,
    updatedBy: stamp.by,
    deletedAt: null,
    demo: base?.demo ?? false,
    importBatchId: base?.importBatchId ?? null,
  };
  return organisationSchema.parse(org);
}
