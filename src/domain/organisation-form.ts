import { z } from 'zod/mini';
import { ISO_DATE } from './dates';
import { cleanText } from './fold';
import { ORG_KINDS, type Organisation, type OrgKind, organisationSchema } from './organisation';
import { parsePhone } from './phone';
import { isPersonalNumber, parseTaxCode, type TaxCodeProblem } from './tax-code';
import { TEXT_LIMITS } from './text-limits';
import { type FieldProblem, fieldCode, problemsByField } from './validation';

/**
 * What the create/edit form holds: strings as typed, so a draft can be saved
 * half-done. Parsed when a stored draft is read back (an older build may have written it).
 */
export const orgFormValuesSchema = z.object({
  name: z.string(),
  kind: z.union([z.enum(ORG_KINDS), z.literal('')]),
  taxCode: z.string(),
  address: z.string(),
  communeCode: z.string(),
  representativeName: z.string(),
  representativePhone: z.string(),
  consentGiven: z.boolean(),
  notes: z.string(),
  followUpDate: z.string(),
  /** Why a tax code that fails its check is kept as it is ('' = not kept: fix it). Absent in drafts of older builds. */
  taxCodeKeep: z._default(z.string(), ''),
  /** Why a phone number that fails its check is kept as it is. */
  phoneKeep: z._default(z.string(), ''),
});
export type OrgFormValues = z.infer<typeof orgFormValuesSchema>;

export type OrgFormField = keyof OrgFormValues;

/** Kinds registered with a tax / enterprise code: the code is required for them. */
const NEEDS_TAX_CODE: readonly OrgKind[] = ['enterprise', 'cooperative', 'coop_union'];

/** What the code checks say about a tax code or phone number that fails them (the import words the same problems). */
export type CodeCheckProblem = { code: 'tax-code'; problem: TaxCodeProblem | 'formatHousehold' } | { code: 'phone' };

/** Why a field of the organisation form is refused, as a code; src/i18n/form-problems.ts words it. */
export type OrgFormProblem =
  | FieldProblem
  | CodeCheckProblem
  /** The value fails its check and no reason to keep it as it is was written. */
  | { code: 'keep-or-fix'; problem: CodeCheckProblem }
  | { code: 'tax-required' }
  | { code: 'personal-needs-consent' }
  | { code: 'phone-needs-name' };

export type OrgFormProblems = Partial<Record<OrgFormField, OrgFormProblem>>;

const text = (max: number) => z.string().check(z.maxLength(max, fieldCode('too-long')));

const formSchema = z.object({
  name: z.string().check(z.trim(), z.minLength(1, fieldCode('required')), z.maxLength(TEXT_LIMITS.name, fieldCode('too-long'))),
  kind: z.enum(ORG_KINDS, fieldCode('required')),
  taxCode: z.string(),
  address: text(TEXT_LIMITS.address),
  communeCode: z.string().check(z.minLength(1, fieldCode('required'))),
  representativeName: text(TEXT_LIMITS.representativeName),
  representativePhone: z.string(),
  consentGiven: z.boolean(),
  notes: text(TEXT_LIMITS.notes),
  followUpDate: z.string().check(z.refine((s) => s === '' || ISO_DATE.test(s), fieldCode('date'))),
  taxCodeKeep: text(300),
  phoneKeep: text(300),
});

/** The fields whose value may fail its check and still be kept, with a reason. */
export type CheckedField = 'taxCode' | 'representativePhone';
const KEEP_FIELD = { taxCode: 'taxCodeKeep', representativePhone: 'phoneKeep' } as const satisfies Record<CheckedField, OrgFormField>;

/**
 * What the code checks say about the tax code and the phone, whether or not
 * the value is kept: the form shows it beside the "keep as it is" reason.
 * The import runs the same checks (domain/import/rows.ts).
 */
export function codeProblems(v: Pick<OrgFormValues, 'kind' | 'taxCode' | 'representativePhone'>): Partial<Record<CheckedField, CodeCheckProblem>> {
  const out: Partial<Record<CheckedField, CodeCheckProblem>> = {};
  const household = v.kind === 'household';
  if (v.taxCode.trim()) {
    const tax = parseTaxCode(v.taxCode, household);
    if (!tax.ok) out.taxCode = { code: 'tax-code', problem: tax.problem === 'format' && household ? 'formatHousehold' : tax.problem };
  }
  if (v.representativePhone.trim() && !parsePhone(v.representativePhone)) out.representativePhone = { code: 'phone' };
  return out;
}

/** Rules that span fields. Kept outside the schema so they report even when other fields fail (zod skips object refinements then). */
function crossFieldProblems(v: OrgFormValues): OrgFormProblems {
  const out: OrgFormProblems = {};
  const checks = codeProblems(v);
  for (const field of ['taxCode', 'representativePhone'] as const) {
    const problem = checks[field];
    if (problem && !v[KEEP_FIELD[field]].trim()) out[field] = { code: 'keep-or-fix', problem };
  }
  if (!v.taxCode.trim() && v.kind && NEEDS_TAX_CODE.includes(v.kind)) out.taxCode = { code: 'tax-required' };
  // A personal ID number is stored only with the owner's consent (domain-notes §4); no reason overrides that.
  if (isPersonalNumber(v.taxCode) && !v.consentGiven) out.taxCode = { code: 'personal-needs-consent' };
  if (v.representativePhone.trim() && !v.representativeName.trim()) out.representativeName = { code: 'phone-needs-name' };
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
    taxCodeKeep: '',
    phoneKeep: '',
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
    taxCodeKeep: org.keptAsIs?.taxCode ?? '',
    phoneKeep: org.keptAsIs?.representativePhone ?? '',
  };
}

/**
 * The values as they would be stored (text cleaned, tax code and phone in their
 * canonical forms, anything not parseable as typed), so that two forms that store
 * the same record compare equal: "0912 345 678" is "+84912345678".
 */
export function canonicalOrgForm(v: OrgFormValues): OrgFormValues {
  const tax = v.taxCode.trim() ? parseTaxCode(v.taxCode, v.kind === 'household') : null;
  return {
    ...v,
    name: cleanText(v.name),
    taxCode: tax?.ok ? tax.value : v.taxCode.trim(),
    address: cleanText(v.address),
    representativeName: cleanText(v.representativeName),
    representativePhone: parsePhone(v.representativePhone)?.value ?? v.representativePhone.trim(),
    taxCodeKeep: cleanText(v.taxCodeKeep),
    phoneKeep: cleanText(v.phoneKeep),
    notes: v.notes.normalize('NFC').trim(),
  };
}

/** Every problem of the form, one per field (empty object when valid). */
export function validateOrgForm(values: OrgFormValues): OrgFormProblems {
  const out = crossFieldProblems(values);
  const parsed = formSchema.safeParse(values);
  if (parsed.success) return out;
  for (const [field, problem] of Object.entries(problemsByField(parsed.error))) out[field as OrgFormField] ??= problem;
  return out;
}

export interface Stamp {
  id: string;
  by: string;
  at: number;
}

/** The tax code as a form stores it: canonical when it passes its check, else as typed (trimmed). */
export function formTaxCode(values: Pick<OrgFormValues, 'kind' | 'taxCode'>): string {
  const tax = values.taxCode.trim() ? parseTaxCode(values.taxCode, values.kind === 'household') : null;
  return tax ? (tax.ok ? tax.value : values.taxCode.trim()) : '';
}

/**
 * The organisation a valid form describes: text NFC-normalised and trimmed, tax
 * code and phone in their canonical forms, consent re-stamped only when it
 * changes. `base` is the record being edited (null when creating).
 * Throws when the form is invalid: callers check `validateOrgForm` first.
 */
export function organisationFromForm(values: OrgFormValues, base: Organisation | null, stamp: Stamp): Organisation {
  if (Object.keys(validateOrgForm(values)).length > 0) throw new Error('invalid organisation form');
  const phone = values.representativePhone.trim() ? parsePhone(values.representativePhone) : null;
  // A kept value is stored as typed (trimmed); its reason is dropped once the value passes.
  const checks = codeProblems(values);
  const keptAsIs = {
    ...(checks.taxCode ? { taxCode: cleanText(values.taxCodeKeep) } : {}),
    ...(checks.representativePhone ? { representativePhone: cleanText(values.phoneKeep) } : {}),
  };
  const consentChanged = (base?.consent?.given ?? false) !== values.consentGiven;
  const consent =
    consentChanged || !base
      ? values.consentGiven || base?.consent
        ? { given: values.consentGiven, recordedBy: stamp.by, at: stamp.at }
        : null
      : base.consent;
  const org: Organisation = {
    id: base?.id ?? stamp.id,
    taxCode: formTaxCode(values),
    name: cleanText(values.name),
    kind: values.kind as OrgKind,
    address: cleanText(values.address),
    communeCode: values.communeCode,
    representativeName: cleanText(values.representativeName),
    representativePhone: phone ? phone.value : values.representativePhone.trim(),
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
    ...(Object.keys(keptAsIs).length > 0 ? { keptAsIs } : {}),
  };
  return organisationSchema.parse(org);
}
