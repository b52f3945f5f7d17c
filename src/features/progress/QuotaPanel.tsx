import { useState } from 'preact/hooks';
import { failed, type Outcome, succeeded } from '../../domain/outcome';
import type { CommuneTarget } from '../../domain/progress/targets';
import type { QuotaFile } from '../../domain/rollup/quota-file';
import { common } from '../../i18n/common';
import { rollupText as r } from '../../i18n/rollup';
import { dateStamp, downloadFile } from '../../kits/files/save-file';
import { Field } from '../../ui/Field';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { useForm } from '../../ui/form/useForm';
import { OutcomeBanner } from '../../ui/OutcomeBanner';
import { TargetBoxes } from './TargetBoxes';
import { EMPTY_TARGET_INPUT, type TargetInput, targetInputSchema, wordTargetProblems } from './target-input';

interface Props {
  /** Communes of the province, in list order. */
  codes: string[];
  communeName: (code: string) => string;
  onSave: (code: string, values: Omit<CommuneTarget, 'code'>) => Promise<Outcome>;
  quotaFile: () => QuotaFile | null;
  /** The phone follows the province database: a saved quota also goes down through it. */
  following: boolean;
}

const FIELDS = {
  enterprisePct: { id: 'q-ent', label: r.quotas.enterprise },
  otherPct: { id: 'q-oth', label: r.quotas.other },
  deadline: { id: 'q-deadline', label: r.quotas.deadline },
};

/** The officer's quotas: one commune or all of them ('' = all), then the file (or the province database) that carries them down. */
export function QuotaPanel({ codes, communeName, onSave, quotaFile, following }: Props) {
  const [code, setCode] = useState('');
  const [values, setValues] = useState<TargetInput>(EMPTY_TARGET_INPUT);
  const [outcome, setOutcome] = useState<Outcome<string> | null>(null);
  const form = useForm({ values, fields: FIELDS, schema: targetInputSchema(code), wordProblems: wordTargetProblems });

  async function save({ enterprisePct, otherPct, deadline }: CommuneTarget) {
    const saved = await onSave(code, { enterprisePct, otherPct, deadline });
    const count = code ? 1 : codes.length;
    setOutcome(saved.ok ? succeeded(following ? r.quotas.savedSent(count) : r.quotas.saved(count)) : saved);
  }

  function download() {
    const file = quotaFile();
    if (!file) return setOutcome(failed(r.quotas.none));
    downloadFile(new Blob([JSON.stringify(file)], { type: 'application/json' }), `chi-tieu-${file.provinceCode}-${dateStamp()}.json`);
  }

  return (
    <form class="card" onSubmit={form.submit((target) => void save(target))} aria-labelledby="quotas-h" noValidate>
      <h2 id="quotas-h">{r.quotas.title}</h2>
      <p class="muted small">{following ? r.quotas.hintFollowing : r.quotas.hint}</p>
      <Field id="q-commune" label={r.quotas.commune}>
        <select id="q-commune" value={code} onChange={(e) => setCode(e.currentTarget.value)}>
          <option value="">{r.quotas.all}</option>
          {codes.map((c) => (
            <option key={c} value={c}>{communeName(c)}</option>
          ))}
        </select>
      </Field>
      <TargetBoxes
        fields={FIELDS}
        values={values}
        form={form}
        onChange={(next) => {
          setValues(next);
          setOutcome(null);
        }}
      />
      <ErrorSummary problems={form.summary} heading={common.formSummary} />
      <OutcomeBanner outcome={outcome} success={outcome?.ok ? outcome.value : undefined} testId="quota-outcome" />
      <div class="form__actions actions">
        <button type="submit" class="primary" disabled={!form.valid}>{r.quotas.save}</button>
        <button type="button" onClick={download}>{r.quotas.download}</button>
      </div>
    </form>
  );
}
