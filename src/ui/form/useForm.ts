import { useState } from 'preact/hooks';
import { describedBy } from '../Field';

/** How the summary names a field and where its link goes. */
export interface FormFieldInfo {
  /** The id of the field's control (the summary links to it, <Field> derives its hint and error ids from it). */
  id: string;
  label: string;
}

/** What a zod schema's `safeParse` gives back, as much of it as the form reads. */
type Parsed<Out, Err> = { success: true; data: Out } | { success: false; error: Err };

export interface FormOptions<V, F extends string, Out, Err> {
  values: V;
  /** Every field that can have a problem, in the order the summary lists them. Keys are zod issue paths joined by dots. */
  fields: Record<F, FormFieldInfo>;
  /** The form's schema: its output is what `submit` hands over. */
  schema?: { safeParse(values: V): Parsed<Out, Err> };
  /** The schema's problems in words, by field path joined by dots (the domain gives codes; src/i18n words them). */
  wordProblems?: (error: Err) => Partial<Record<string, string>>;
  /** Rules the schema does not hold (or wording of their own): they win over the schema's issue for the same field. */
  check?: (values: V) => Partial<Record<F, string>>;
}

export interface ProblemLine {
  id: string;
  label: string;
  message: string;
}

/**
 * The one form pattern: values validated as they change, every remaining problem
 * listed by field in <ErrorSummary> (Save stays disabled until there is none),
 * and each field showing its own message, aria-invalid and aria-describedby once
 * touched. The values themselves stay with the caller (a draft, or local state).
 */
export function useForm<V, F extends string, Out = V, Err = unknown>({ values, fields, schema, wordProblems, check }: FormOptions<V, F, Out, Err>) {
  const [touched, setTouched] = useState<ReadonlySet<F>>(new Set());
  const order = Object.keys(fields) as F[];
  const parsed = schema?.safeParse(values);
  const errors: Partial<Record<F, string>> = { ...check?.(values) };
  if (parsed && !parsed.success && wordProblems) {
    for (const [field, message] of Object.entries(wordProblems(parsed.error))) {
      if (field in fields && message) errors[field as F] ??= message;
    }
  }
  const problems = order.filter((f) => errors[f]);
  // An issue on a path the form does not list still blocks the save (it would otherwise hand over unparsed values).
  const valid = problems.length === 0 && (parsed?.success ?? true);

  const touch = (field: F) => setTouched((s) => (s.has(field) ? s : new Set(s).add(field)));
  /** The message a field shows: its problem once the user has been there. */
  const error = (field: F): string | undefined => (touched.has(field) ? errors[field] : undefined);

  /** aria wiring of a field's control, matching <Field>'s hint and error ids. */
  function aria(field: F, hint?: string) {
    const { id } = fields[field];
    const shown = error(field);
    return { 'aria-invalid': shown ? true : undefined, 'aria-describedby': describedBy(id, hint, shown), onBlur: () => touch(field) };
  }

  /** The submit handler: hands the parsed values over only when nothing is left to fix. */
  function submit(save: (data: Out) => void) {
    return (e: Event) => {
      e.preventDefault();
      if (!valid) return setTouched(new Set(order));
      save(parsed?.success ? parsed.data : (values as unknown as Out));
    };
  }

  const summary: ProblemLine[] = problems.map((f) => ({ id: fields[f].id, label: fields[f].label, message: errors[f]! }));
  return { valid, touch, error, aria, submit, summary };
}
