import { useState } from 'preact/hooks';
import type { AdminUnits } from '../../domain/admin-units';
import { type Settings, settingsSchema } from '../../domain/settings';
import { baseUrlWarnings, resolveBase } from '../../domain/links';
import { problemsByField } from '../../domain/validation';
import { fieldMessages, settingsProblemText } from '../../i18n/form-problems';
import { qrText } from '../../i18n/qr';
import { settingsText as t } from '../../i18n/settings';
import { describedBy, Field } from '../../ui/Field';
import { SearchPicker } from '../../ui/SearchPicker';

interface SettingsFormProps {
  initial: Settings;
  units: AdminUnits;
  saving: boolean;
  /** Resolves to null when saved, else the reason in Vietnamese. */
  onSave: (settings: Settings) => Promise<string | null>;
}

function toPct(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value);
}

interface PercentFieldProps {
  id: string;
  label: string;
  value: number;
  error: string | undefined;
  onChange: (value: number) => void;
}

/** A 0–100 number; an empty box is NaN so validation names it instead of saving 0. */
function PercentField({ id, label, value, error, onChange }: PercentFieldProps) {
  return (
    <Field id={id} label={label} error={error}>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        value={Number.isNaN(value) ? '' : value}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, undefined, error)}
        onInput={(e) => onChange(toPct(e.currentTarget.value))}
      />
    </Field>
  );
}

/** What citizens' phones would make of the QR base: warnings shown as the user types, before any code is printed. */
function qrBaseWarnings(publicBaseUrl: string): string[] {
  try {
    const base = resolveBase(publicBaseUrl, location.origin + import.meta.env.BASE_URL);
    return baseUrlWarnings(base).map((w) => qrText.warnings[w]);
  } catch {
    return [];
  }
}

export function SettingsForm({ initial, units, saving, onSave }: SettingsFormProps) {
  const [draft, setDraft] = useState<Settings>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState('');
  const set = (patch: Partial<Settings>) => setDraft((d) => ({ ...d, ...patch }));
  const setTargets = (patch: Partial<Settings['targets']>) => setDraft((d) => ({ ...d, targets: { ...d.targets, ...patch } }));

  async function submit(e: Event) {
    e.preventDefault();
    const parsed = settingsSchema.safeParse(draft);
    if (!parsed.success) {
      setErrors(fieldMessages(problemsByField(parsed.error), settingsProblemText));
      setMessage(t.fixErrors);
      return;
    }
    setErrors({});
    setMessage((await onSave(parsed.data)) ?? t.saved);
  }

  const communeName = (code: string) => units.commune(code)?.name ?? code;

  return (
    <form class="form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t.me}</legend>
        <Field id="userName" label={t.userName} hint={t.userNameHint} error={errors.userName}>
          <input
            id="userName"
            autoComplete="name"
            value={draft.userName}
            aria-describedby={describedBy('userName', t.userNameHint, errors.userName)}
            onInput={(e) => set({ userName: e.currentTarget.value })}
          />
        </Field>
        <Field id="team" label={t.team} error={errors.team}>
          <input id="team" value={draft.team} onInput={(e) => set({ team: e.currentTarget.value })} />
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t.area}</legend>
        <Field id="province" label={t.province}>
          <select id="province" value={draft.provinceCode} onChange={(e) => set({ provinceCode: e.currentTarget.value })}>
            <option value="">{t.provinceNone}</option>
            {units.provinces.map((p) => (
              <option key={p.code} value={p.code}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
        <p class="label">{t.communes}</p>
        {draft.communeCodes.length === 0 ? (
          <p class="muted">{t.communesNone}</p>
        ) : (
          <ul class="chips">
            {draft.communeCodes.map((code) => (
              <li key={code} class="chip">
                {communeName(code)}
                <button
                  type="button"
                  aria-label={t.communeRemove(communeName(code))}
                  onClick={() => set({ communeCodes: draft.communeCodes.filter((c) => c !== code) })}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <SearchPicker
          id="communeSearch"
          label={t.communeSearch}
          noResult={t.communeNoResult}
          search={(q) =>
            units
              .searchCommunes(q, draft.provinceCode)
              .filter((c) => !draft.communeCodes.includes(c.code))
              .map((c) => ({ value: c.code, label: `${c.name} — ${units.province(c.provinceCode)?.name ?? ''}` }))
          }
          onPick={(o) => set({ communeCodes: [...draft.communeCodes, o.value] })}
        />
      </fieldset>

      <fieldset>
        <legend>{t.qr}</legend>
        <Field id="publicBaseUrl" label={t.publicBaseUrl} hint={t.publicBaseUrlHint} error={errors.publicBaseUrl}>
          <input
            id="publicBaseUrl"
            type="url"
            inputMode="url"
            autoComplete="url"
            placeholder={location.origin + import.meta.env.BASE_URL}
            value={draft.publicBaseUrl}
            aria-invalid={errors.publicBaseUrl ? true : undefined}
            aria-describedby={describedBy('publicBaseUrl', t.publicBaseUrlHint, errors.publicBaseUrl)}
            onInput={(e) => set({ publicBaseUrl: e.currentTarget.value })}
          />
        </Field>
        {qrBaseWarnings(draft.publicBaseUrl).map((w) => (
          <p key={w} class="field__warning" data-testid="qr-base-warning">
            {w}
          </p>
        ))}
      </fieldset>

      <fieldset>
        <legend>{t.targets}</legend>
        <p class="muted">{t.targetsRule}</p>
        <div class="row">
          <PercentField id="enterprisePct" label={t.enterprisePct} value={draft.targets.enterprisePct} error={errors['targets.enterprisePct']} onChange={(enterprisePct) => setTargets({ enterprisePct })} />
          <PercentField id="otherPct" label={t.otherPct} value={draft.targets.otherPct} error={errors['targets.otherPct']} onChange={(otherPct) => setTargets({ otherPct })} />
        </div>
        <Field id="deadline" label={t.deadline} hint={t.deadlineHint} error={errors['targets.deadline']}>
          <input
            id="deadline"
            type="date"
            value={draft.targets.deadline ?? ''}
            aria-describedby={describedBy('deadline', t.deadlineHint, errors['targets.deadline'])}
            onInput={(e) => setTargets({ deadline: e.currentTarget.value || null })}
          />
        </Field>
      </fieldset>

      <fieldset>
        <legend>{t.demo}</legend>
        <label class="check">
          <input type="checkbox" checked={draft.demoData} onChange={(e) => set({ demoData: e.currentTarget.checked })} />
          {t.demoData}
        </label>
      </fieldset>

      <div class="form__actions">
        <button type="submit" class="primary" disabled={saving}>
          {t.save}
        </button>
        <p role="status" class="form__message">
          {message}
        </p>
      </div>
    </form>
  );
}
