import { useState } from 'preact/hooks';
import { type DocumentFields, type DocumentInput, documentInputSchema } from '../../domain/document-link';
import { problemsByField } from '../../domain/validation';
import { common } from '../../i18n/common';
import { documentProblemText, fieldMessages } from '../../i18n/form-problems';
import { documentsText as t } from '../../i18n/qr';
import { Field } from '../../ui/Field';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { useForm } from '../../ui/form/useForm';

interface DocumentFormProps {
  initial: DocumentInput;
  heading: string;
  saving: boolean;
  onSave: (fields: DocumentFields) => void;
  onCancel: () => void;
}

const FIELDS = {
  title: { id: 'doc-title', label: t.fieldTitle },
  url: { id: 'doc-url', label: t.fieldUrl },
  publisher: { id: 'doc-publisher', label: t.fieldPublisher },
  note: { id: 'doc-note', label: t.fieldNote },
};

export function DocumentForm({ initial, heading, saving, onSave, onCancel }: DocumentFormProps) {
  const [draft, setDraft] = useState<DocumentInput>(initial);
  const form = useForm({
    values: draft,
    fields: FIELDS,
    schema: documentInputSchema,
    wordProblems: (error) => fieldMessages(problemsByField(error), documentProblemText),
  });

  return (
    <form class="form doc-form" onSubmit={form.submit(onSave)} noValidate aria-label={heading}>
      <h2>{heading}</h2>
      {(Object.keys(FIELDS) as (keyof typeof FIELDS)[]).map((name) => {
        const { id, label } = FIELDS[name];
        const control = {
          id,
          value: draft[name],
          ...form.aria(name),
          onInput: (e: Event) => {
            form.touch(name);
            setDraft((d) => ({ ...d, [name]: (e.currentTarget as HTMLInputElement).value }));
          },
        };
        return (
          <Field key={name} id={id} label={label} error={form.error(name)}>
            {name === 'note' ? <textarea {...control} /> : name === 'url' ? <input {...control} type="url" inputMode="url" /> : <input {...control} />}
          </Field>
        );
      })}
      <ErrorSummary problems={form.summary} heading={common.formSummary} />
      <div class="actions">
        <button type="submit" class="primary" disabled={!form.valid || saving}>
          {t.save}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
      </div>
    </form>
  );
}
