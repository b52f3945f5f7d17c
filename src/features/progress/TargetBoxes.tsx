import { Field } from '../../ui/Field';
import type { useForm } from '../../ui/form/useForm';
import type { TargetInput } from './target-input';

type Boxes = Record<keyof TargetInput, { id: string; label: string }>;

interface Props {
  fields: Boxes;
  values: TargetInput;
  form: Pick<ReturnType<typeof useForm<TargetInput, keyof TargetInput>>, 'error' | 'aria' | 'touch'>;
  onChange: (values: TargetInput) => void;
}

/** A quota's three boxes (the two percentages side by side, then the deadline), shared by the commune's editor and the officer's panel. */
export function TargetBoxes({ fields, values, form, onChange }: Props) {
  const box = (name: keyof TargetInput, extra: Record<string, unknown>) => (
    <Field id={fields[name].id} label={fields[name].label} error={form.error(name)}>
      <input
        id={fields[name].id}
        value={values[name]}
        {...form.aria(name)}
        onInput={(e) => {
          form.touch(name);
          onChange({ ...values, [name]: e.currentTarget.value });
        }}
        {...extra}
      />
    </Field>
  );
  return (
    <>
      <div class="row">
        {box('enterprisePct', { inputMode: 'decimal' })}
        {box('otherPct', { inputMode: 'decimal' })}
      </div>
      {box('deadline', { type: 'date' })}
    </>
  );
}
