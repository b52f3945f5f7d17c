import { useState } from 'preact/hooks';
import { formatViDate, toIsoDate } from '../../domain/dates';
import type { Outcome } from '../../domain/outcome';
import type { CommuneTarget } from '../../domain/progress/targets';
import { common } from '../../i18n/common';
import { progressText as t } from '../../i18n/progress';
import { rollupText } from '../../i18n/rollup';
import { Field } from '../../ui/Field';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { useForm } from '../../ui/form/useForm';
import { OutcomeBanner } from '../../ui/OutcomeBanner';
import { TargetBoxes } from './TargetBoxes';
import { type TargetInput, targetInputSchema, wordTargetProblems } from './target-input';

interface Props {
  codes: string[];
  overrides: ReadonlyMap<string, CommuneTarget>;
  communeName: (code: string) => string;
  onSave: (target: CommuneTarget) => Promise<Outcome>;
}

const FIELDS = {
  enterprisePct: { id: 'tg-ent', label: t.editEnterprise },
  otherPct: { id: 'tg-oth', label: t.editOther },
  deadline: { id: 'tg-deadline', label: t.editDeadline },
};

const inputOf = (current: CommuneTarget | undefined): TargetInput => ({
  enterprisePct: current?.enterprisePct?.toString() ?? '',
  otherPct: current?.otherPct?.toString() ?? '',
  deadline: current?.deadline ?? '',
});

/** One commune's quota and deadline; blank fields fall back to Settings. */
export function TargetEditor({ codes, overrides, communeName, onSave }: Props) {
  const [code, setCode] = useState(codes[0] ?? '');
  const current = overrides.get(code);
  const [values, setValues] = useState<TargetInput>(() => inputOf(current));
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // The boxes start again from the stored quota when another commune is picked, or when the quotas arrive or change.
  const [shownFor, setShownFor] = useState({ code, current });
  if (shownFor.code !== code || shownFor.current !== current) {
    setShownFor({ code, current });
    setValues(inputOf(current));
  }
  const form = useForm({
    values,
    fields: FIELDS,
    // Blank boxes mean "as in Settings".
    schema: targetInputSchema(code),
    wordProblems: wordTargetProblems,
  });

  function pick(next: string) {
    setCode(next);
    setOutcome(null);
  }

  if (codes.length === 0) return null;
  return (
    <form class="card" onSubmit={form.submit(async (target) => setOutcome(await onSave(target)))} aria-labelledby="targets-h" noValidate>
      <h2 id="targets-h">{t.editTargets}</h2>
      <p class="muted small">{t.editHint}</p>
      <Field id="tg-commune" label={t.editCommune}>
        <select id="tg-commune" value={code} onChange={(e) => pick(e.currentTarget.value)}>
          {codes.map((c) => (
            <option key={c} value={c}>{communeName(c)}</option>
          ))}
        </select>
      </Field>
      {current?.setAt !== undefined && (
        <p class="muted small" data-testid="quota-set-by">{rollupText.quotaSetBy(current.setBy ?? '', formatViDate(toIsoDate(new Date(current.setAt))))}</p>
      )}
      <TargetBoxes fields={FIELDS} values={values} form={form} onChange={setValues} />
      <ErrorSummary problems={form.summary} heading={common.formSummary} />
      <OutcomeBanner outcome={outcome} success={t.savedTarget} />
      <div class="form__actions">
        <button type="submit" class="primary" disabled={!form.valid}>{t.saveTarget}</button>
      </div>
    </form>
  );
}
