import { ORG_KINDS, type Organisation } from '../../domain/organisation';
import { type CodeCheckProblem, codeProblems, type OrgFormField, type OrgFormValues, validateOrgForm } from '../../domain/organisation-form';
import type { Outcome } from '../../domain/outcome';
import { common } from '../../i18n/common';
import { codeCheckText, orgFormMessages } from '../../i18n/form-problems';
import { kindLabels } from '../../i18n/labels';
import { orgFieldLabels, formText as t } from '../../i18n/registry';
import { Field } from '../../ui/Field';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { type FormFieldInfo, useForm } from '../../ui/form/useForm';
import { OutcomeBanner } from '../../ui/OutcomeBanner';
import { type PickerOption, SearchPicker } from '../../ui/SearchPicker';

interface OrgFormProps {
  values: OrgFormValues;
  onChange: (patch: Partial<OrgFormValues>) => void;
  /**
   * Another live record with the same tax code: it blocks the save, with a link
   * to that record. One tax code is one organisation (merges between phones join
   * records by it), so the user edits that record instead.
   */
  duplicate: Organisation | undefined;
  duplicateHref: (id: string) => string;
  communeOptions: PickerOption[];
  searchCommunes: (query: string) => PickerOption[];
  saving: boolean;
  onSave: () => void;
  onCancel: () => void;
  /** The last save's outcome, or null before any. */
  outcome: Outcome<unknown> | null;
}

const REQUIRED: readonly OrgFormField[] = ['name', 'kind', 'communeCode'];
const FIELDS = Object.fromEntries(
  Object.entries(orgFieldLabels).map(([field, label]) => [
    field,
    { id: field, label: REQUIRED.includes(field as OrgFormField) ? `${label} ${t.required}` : label },
  ]),
) as Record<OrgFormField, FormFieldInfo>;

/**
 * Mobile-first organisation form. Save stays disabled until the form is valid;
 * every remaining problem is listed next to it by field name, and each field
 * shows its own message once touched.
 */
export function OrgForm(props: OrgFormProps) {
  const { values, onChange, duplicate, communeOptions } = props;
  const form = useForm({
    values,
    fields: FIELDS,
    check: (v) => ({ ...orgFormMessages(validateOrgForm(v)), ...(duplicate ? { taxCode: t.duplicateError } : {}) }),
  });
  const checks = codeProblems(values);
  const set = (field: OrgFormField, value: string | boolean) => {
    form.touch(field);
    onChange({ [field]: value });
  };
  const text = (field: OrgFormField, extra: Record<string, unknown> = {}, hint?: string) => (
    <Field id={field} label={FIELDS[field].label} hint={hint} error={form.error(field)}>
      <input id={field} value={values[field] as string} {...form.aria(field, hint)} onInput={(e) => set(field, e.currentTarget.value)} {...extra} />
    </Field>
  );

  /** A value that fails its check: the problem, and the reason to keep it as it is (an import fills one in). */
  const keep = (field: 'taxCodeKeep' | 'phoneKeep', problem: CodeCheckProblem | undefined) =>
    problem && (
      <div class="keep">
        {values[field].trim() && (
          <p class="warning" role="status">
            {codeCheckText(problem)}
          </p>
        )}
        {text(field, { autoComplete: 'off' }, t.keepHint)}
      </div>
    );

  return (
    <form
      class="form"
      noValidate
      onSubmit={form.submit(props.onSave)}
    >
      {text('name', { autoComplete: 'organization', required: true })}
      <Field id="kind" label={FIELDS.kind.label} error={form.error('kind')}>
        <select id="kind" value={values.kind} {...form.aria('kind')} onChange={(e) => set('kind', e.currentTarget.value)}>
          <option value="">{t.kindChoose}</option>
          {ORG_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabels[k]}
            </option>
          ))}
        </select>
      </Field>
      {text('taxCode', { inputMode: 'numeric', autoComplete: 'off', spellcheck: false }, t.taxCodeHint)}
      {keep('taxCodeKeep', checks.taxCode)}
      {duplicate && (
        <p class="warning" role="status">
          {t.duplicate} <a href={props.duplicateHref(duplicate.id)}>{duplicate.name}</a>
        </p>
      )}
      <Field id="communeCode" label={FIELDS.communeCode.label} error={form.error('communeCode')}>
        <select
          id="communeCode"
          value={values.communeCode}
          {...form.aria('communeCode')}
          onChange={(e) => set('communeCode', e.currentTarget.value)}
        >
          <option value="">{t.communeChoose}</option>
          {communeOptions.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </Field>
      <SearchPicker
        id="communeSearch"
        label={t.communeSearch}
        noResult={t.communeNoResult}
        search={props.searchCommunes}
        onPick={(o) => set('communeCode', o.value)}
      />
      {text('address', { autoComplete: 'street-address' })}
      {text('representativeName', { autoComplete: 'name' })}
      {text('representativePhone', { type: 'tel', inputMode: 'tel', autoComplete: 'tel' })}
      {keep('phoneKeep', checks.representativePhone)}
      <label class="check">
        <input type="checkbox" checked={values.consentGiven} onChange={(e) => set('consentGiven', e.currentTarget.checked)} />
        {t.consentGiven}
      </label>
      <p class="field__hint">{t.consentHint}</p>
      {text('followUpDate', { type: 'date' })}
      <Field id="notes" label={FIELDS.notes.label} error={form.error('notes')}>
        <textarea id="notes" value={values.notes} {...form.aria('notes')} onInput={(e) => set('notes', e.currentTarget.value)} />
      </Field>

      <ErrorSummary problems={form.summary} heading={common.formSummary} />
      <OutcomeBanner outcome={props.outcome} />
      <div class="form__actions">
        <button type="submit" class="primary" disabled={!form.valid || props.saving}>
          {t.save}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
