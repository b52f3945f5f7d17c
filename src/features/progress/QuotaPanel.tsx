import { useState } from 'preact/hooks';
import type { Outcome } from '../../domain/outcome';
import type { CommuneTarget } from '../../domain/progress/targets';
import { communeTargetSchema } from '../../domain/progress/targets';
import type { QuotaFile } from '../../domain/rollup/quota-file';
import { rollupText as r } from '../../i18n/rollup';
import { dateStamp, downloadFile } from '../../kits/files/save-file';
import { Field } from '../../ui/Field';
import { OutcomeBanner } from '../../ui/OutcomeBanner';

interface Props {
  /** Communes of the province, in list order. */
  codes: string[];
  communeName: (code: string) => string;
  onSave: (code: string, values: Omit<CommuneTarget, 'code'>) => Promise<Outcome>;
  quotaFile: () => QuotaFile | null;
}

const toNumber = (s: string) => (s.trim() === '' ? null : Number(s.replace(',', '.')));

/** The officer's quotas: one commune or all of them, then the file that carries them down. */
export function QuotaPanel({ codes, communeName, onSave, quotaFile }: Props) {
  const [outcome, setOutcome] = useState<{ ok: true; text: string } | { ok: false; message: string } | null>(null);

  async function submit(e: Event) {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    const code = String(form.get('code'));
    const parsed = communeTargetSchema.safeParse({
      code,
      enterprisePct: toNumber(String(form.get('enterprisePct'))),
      otherPct: toNumber(String(form.get('otherPct'))),
      deadline: String(form.get('deadline')) || null,
    });
    if (!parsed.success) return setOutcome({ ok: false, message: r.quotas.invalid });
    const { enterprisePct, otherPct, deadline } = parsed.data;
    const saved = await onSave(code, { enterprisePct, otherPct, deadline });
    setOutcome(saved.ok ? { ok: true, text: r.quotas.saved(code ? 1 : codes.length) } : saved);
  }

  function download() {
    const file = quotaFile();
    if (!file) return setOutcome({ ok: false, message: r.quotas.none });
    downloadFile(new Blob([JSON.stringify(file)], { type: 'application/json' }), `chi-tieu-${file.provinceCode}-${dateStamp()}.json`);
  }

  return (
    <form class="card" onSubmit={submit} aria-labelledby="quotas-h" noValidate>
      <h2 id="quotas-h">{r.quotas.title}</h2>
      <p class="muted small">{r.quotas.hint}</p>
      <Field id="q-commune" label={r.quotas.commune}>
        <select id="q-commune" name="code">
          <option value="">{r.quotas.all}</option>
          {codes.map((c) => (
            <option key={c} value={c}>{communeName(c)}</option>
          ))}
        </select>
      </Field>
      <div class="row">
        <Field id="q-ent" label={r.quotas.enterprise}>
          <input id="q-ent" name="enterprisePct" inputMode="decimal" />
        </Field>
        <Field id="q-oth" label={r.quotas.other}>
          <input id="q-oth" name="otherPct" inputMode="decimal" />
        </Field>
      </div>
      <Field id="q-deadline" label={r.quotas.deadline}>
        <input id="q-deadline" name="deadline" type="date" />
      </Field>
      <div class="form__actions actions">
        <button type="submit" class="primary">{r.quotas.save}</button>
        <button type="button" onClick={download}>{r.quotas.download}</button>
      </div>
      <OutcomeBanner outcome={outcome && (outcome.ok ? { ok: true } : outcome)} success={outcome?.ok ? outcome.text : undefined} testId="quota-outcome" />
    </form>
  );
}
