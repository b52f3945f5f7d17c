import { useState } from 'preact/hooks';
import { type CommuneTargetOverride, communeTargetSchema } from '../../domain/progress/targets';
import { formatViDate, toIsoDate } from '../../domain/dates';
import { progressText as t } from '../../i18n/progress';
import { rollupText } from '../../i18n/rollup';
import { Field } from '../../ui/Field';

interface Props {
  codes: string[];
  overrides: ReadonlyMap<string, CommuneTargetOverride>;
  communeName: (code: string) => string;
  onSave: (target: CommuneTargetOverride) => Promise<string | null>;
}

const toNumber = (s: string) => (s.trim() === '' ? null : Number(s.replace(',', '.')));

/** One commune's quota and deadline; blank fields fall back to Settings. */
export function TargetEditor({ codes, overrides, communeName, onSave }: Props) {
  const [code, setCode] = useState(codes[0] ?? '');
  const current = overrides.get(code);
  const [message, setMessage] = useState('');
  const [error, setError] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const parsed = communeTargetSchema.safeParse({
      code,
      enterprisePct: toNumber(String(form.get('enterprisePct'))),
      otherPct: toNumber(String(form.get('otherPct'))),
      deadline: String(form.get('deadline')) || null,
    });
    if (!parsed.success) {
      setError(true);
      setMessage(parsed.error.issues.map((i) => i.message).join('. '));
      return;
    }
    const failure = await onSave(parsed.data);
    setError(failure !== null);
    setMessage(failure ?? t.savedTarget);
  }

  if (codes.length === 0) return null;
  return (
    <form class="card" onSubmit={submit} aria-labelledby="targets-h" noValidate>
      <h2 id="targets-h">{t.editTargets}</h2>
      <p class="muted small">{t.editHint}</p>
      <Field id="tg-commune" label={t.editCommune}>
        <select id="tg-commune" value={code} onChange={(e) => { setCode(e.currentTarget.value); setMessage(''); }}>
          {codes.map((c) => (
            <option key={c} value={c}>{communeName(c)}</option>
          ))}
        </select>
      </Field>
      {current?.setAt !== undefined && (
        <p class="muted small" data-testid="quota-set-by">{rollupText.quotaSetBy(current.setBy ?? '', formatViDate(toIsoDate(new Date(current.setAt))))}</p>
      )}
      <div class="row" key={code}>
        <Field id="tg-ent" label={t.editEnterprise}>
          <input id="tg-ent" name="enterprisePct" inputMode="decimal" defaultValue={current?.enterprisePct?.toString() ?? ''} />
        </Field>
        <Field id="tg-oth" label={t.editOther}>
          <input id="tg-oth" name="otherPct" inputMode="decimal" defaultValue={current?.otherPct?.toString() ?? ''} />
        </Field>
      </div>
      <Field id="tg-deadline" label={t.editDeadline}>
        <input id="tg-deadline" key={code} name="deadline" type="date" defaultValue={current?.deadline ?? ''} />
      </Field>
      <div class="form__actions">
        <button type="submit" class="primary">{t.saveTarget}</button>
        {message && (
          <p class={error ? 'field__error' : 'form__message'} role="status">{message}</p>
        )}
      </div>
    </form>
  );
}
