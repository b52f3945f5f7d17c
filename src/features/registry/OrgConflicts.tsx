import { useState } from 'preact/hooks';
import type { OrgFormField, OrgFormValues } from '../../domain/organisation-form';
import { orgFieldLabels, formText as t } from '../../i18n/registry';


interface OrgConflictsProps {
  fields: OrgFormField[];
  mine: OrgFormValues;
  theirs: OrgFormValues;
  /** A field's value as people read it (labels, dates), never empty. */
  show: (field: OrgFormField, values: OrgFormValues) => string;
  saving: boolean;
  /** Called with the fields where the user keeps the value typed here. */
  onResolve: (keepMine: OrgFormField[]) => void;
}

/** Fields changed both here and elsewhere: both values side by side, one choice per field, nothing saved until every one is made. */
export function OrgConflicts({ fields, mine, theirs, show, saving, onResolve }: OrgConflictsProps) {
  const [picks, setPicks] = useState<Partial<Record<OrgFormField, 'mine' | 'theirs'>>>({});
  const complete = fields.every((f) => picks[f]);
  const option = (field: OrgFormField, side: 'mine' | 'theirs', text: string) => (
    <label class="check">
      <input type="radio" name={`conflict-${field}`} checked={picks[field] === side} onChange={() => setPicks((p) => ({ ...p, [field]: side }))} />
      {text}
    </label>
  );
  return (
    <div class="banner banner--warning conflicts" role="alert">
      <h2>{t.conflictTitle}</h2>
      <p>{t.conflictIntro}</p>
      {fields.map((field) => (
        <fieldset key={field}>
          <legend>{orgFieldLabels[field]}</legend>
          <p>{t.conflictField}</p>
          {option(field, 'mine', t.conflictMine(show(field, mine)))}
          {option(field, 'theirs', t.conflictTheirs(show(field, theirs)))}
        </fieldset>
      ))}
      <button type="button" class="primary" disabled={!complete || saving} onClick={() => onResolve(fields.filter((f) => picks[f] === 'mine'))}>
        {t.conflictSave}
      </button>
    </div>
  );
}
