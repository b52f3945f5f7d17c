import { useState } from 'preact/hooks';
import { ORG_KINDS, type Organisation } from '../../domain/organisation';
import { type CodeCheckProblem, codeProblems, type OrgFormField, type OrgFormValues, validateOrgForm } from '../../domain/organisation-form';
import { codeCheckText, orgFormMessages } from '../../i18n/form-problems';
import { formText as t, orgFieldLabels } from '../../i18n/registry';
import { kindLabels } from '../../i18n/labels';
import { describedBy, Field } from '../../ui/Field';
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
  message: string;
}

const REQUIRED: readonly OrgFormField[] = ['name', 'kind', 'communeCode'];
const LABELS = Object.fromEntries(
  Object.entries(orgFieldLabels).map(([field, label]) => [field, REQUIRED.includes(field as OrgFormField) ? `${label} ${t.required}` : label]),
) as Record<OrgFormField, string>;
const ORDER = Object.keys(LABELS) as OrgFormField[];

/**
 * Mobile-first organisation form. Save stays disabled until the form is valid;
 * every remaining problem is listed next to it by field name, and each field
 * shows its own message once touched.
 */
export function OrgForm(props: OrgFormProps) {
  const { values, onChange, duplicate, communeOptions } = props;
  const [touched, setTouched] = useState<Set<OrgFormField>>(new Set());
  const errors = { ...orgFormMessages(validateOrgForm(values)), ...(duplicate ? { taxCode: t.duplicateError } : {}) };
  const checks = codeProblems(values);
  const problems = ORDER.filter((f) => errors[f]);
  const shown = (f: OrgFormField) => (touched.has(f) ? errors[f] : undefined);
  const set = (field: OrgFormField, value: string | boolean) => {
    setTouched((s) => (s.has(field) ? s : new Set(s).add(field)));
    onChange({ [field]: value });
  };
  const text = (field: OrgFormField, extra: Record<string, unknown> = {}, hint?: string) => (
    <Field id={field} label={LABELS[field]} hint={hint} error={shown(field)}>
      <input
        id={field}
        value={values[field] as string}
        aria-invalid={shown(field) ? true : undefined}
        aria-describedby={describedBy(field, hint, shown(field))}
        onInput={(e) => set(field, e.currentTarget.value)}
        onBlur={() => setTouched((s) => new Set(s).add(field))}
        {...extra}
      />
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
      onSubmit={(e) => {
        e.preventDefault();
        if (problems.length === 0) props.onSave();
      }}
    >
      {text('name', { autoComplete: 'organization', required: true })}
      <Field id="kind" label={LABELS.kind} error={shown('kind')}>
        <select id="kind" value={values.kind} aria-invalid={shown('kind') ? true : undefined} onChange={(e) => set('kind', e.currentTarget.value)}>
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
      <Field id="communeCode" label={LABELS.communeCode} error={shown('communeCode')}>
        <select
          id="communeCode"
          value={values.communeCode}
          aria-invalid={shown('communeCode') ? true : undefined}
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
      <Field id="notes" label={LABELS.notes} error={shown('notes')}>
        <textarea id="notes" value={values.notes} onInput={(e) => set('notes', e.currentTarget.value)} />
      </Field>

      {problems.length > 0 && (
        <div class="form-summary" role="status">
          {t.fixBeforeSave(problems.length)}
          <ul>
            {problems.map((f) => (
              <li key={f}>
                <a href={`#${f}`} data-native="">
                  {LABELS[f]}
                </a>
                : {errors[f]}
              </li>
            ))}
          </ul>
        </div>
      )}
      <div class="form__actions">
        <button type="submit" class="primary" disabled={problems.length > 0 || props.saving}>
          {t.save}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t.cancel}
        </button>
        <p role="status" class="form__message">
          {props.message}
        </p>
      </div>
    </form>
  );
}
