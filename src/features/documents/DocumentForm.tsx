import { useState } from 'preact/hooks';
import { type DocumentFields, type DocumentInput, documentInputSchema } from '../../domain/document-link';
import { problemsByField } from '../../domain/validation';
import { documentProblemText, fieldMessages } from '../../i18n/form-problems';
import { documentsText as t } from '../../i18n/qr';
import { describedBy, Field } from '../../ui/Field';

interface DocumentFormProps {
  initial: DocumentInput;
  heading: string;
  /** Resolves to null when saved, else the reason in Vietnamese. */
  onSave: (fields: DocumentFields) => Promise<string | null>;
  onCancel: () => void;
}

const FIELDS = [
  { name: 'title', label: t.fieldTitle },
  { name: 'url', label: t.fieldUrl },
  { name: 'publisher', label: t.fieldPublisher },
  { name: 'note', label: t.fieldNote },
] as const;

export function DocumentForm({ initial, heading, onSave, onCancel }: DocumentFormProps) {
  const [draft, setDraft] = useState<DocumentInput>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');

  async function submit(e: Event) {
    e.preventDefault();
    const parsed = documentInputSchema.safeParse(draft);
    if (!parsed.success) {
      setErrors(fieldMessages(problemsByField(parsed.error), documentProblemText));
      setMessage(t.fixErrors);
      return;
    }
    setErrors({});
    const failure = await onSave(parsed.data);
    setMessage(failure ?? t.saved);
  }

  return (
    <form class="form doc-form" onSubmit={submit} noValidate aria-label={heading}>
      <h2>{heading}</h2>
      {FIELDS.map(({ name, label }) => {
        const id = `doc-${name}`;
        const common = {
          id,
          value: draft[name],
          'aria-invalid': errors[name] ? true : undefined,
          'aria-describedby': describedBy(id, undefined, errors[name]),
          onInput: (e: Event) => setDraft((d) => ({ ...d, [name]: (e.currentTarget as HTMLInputElement).value })),
        };
        return (
          <Field key={name} id={id} label={label} error={errors[name]}>
            {name === 'note' ? <textarea {...common} /> : name === 'url' ? <input {...common} type="url" inputMode="url" /> : <input {...common} />}
          </Field>
        );
      })}
      <div class="actions">
        <button type="submit" class="primary">
          {t.save}
        </button>
        <button type="button" onClick={onCancel}>
          {t.cancel}
        </button>
        <p role="status" class="form__message">
          {message}
        </p>
      </div>
    </form>
  );
}
