import { useState } from 'preact/hooks';
import type { AdminUnits } from '../../domain/admin-units';
import { baseUrlWarnings, resolveBase } from '../../domain/links';
import type { Outcome } from '../../domain/outcome';
import { type Settings, settingsSchema } from '../../domain/settings';
import { problemsByField } from '../../domain/validation';
import { common } from '../../i18n/common';
import { fieldMessages, settingsProblemText } from '../../i18n/form-problems';
import { qrText } from '../../i18n/qr';
import { settingsText as t } from '../../i18n/settings';
import { Field } from '../../ui/Field';
import { ErrorSummary } from '../../ui/form/ErrorSummary';
import { useForm } from '../../ui/form/useForm';
import { OutcomeBanner } from '../../ui/OutcomeBanner';
import { SearchPicker } from '../../ui/SearchPicker';

interface SettingsFormProps {
  initial: Settings;
  units: AdminUnits;
  saving: boolean;
  onSave: (settings: Settings) => Promise<Outcome>;
}

/** The fields that can be wrong, by their path in the schema. */
const FIELDS = {
  userName: { id: 'userName', label: t.userName },
  team: { id: 'team', label: t.team },
  publicBaseUrl: { id: 'publicBaseUrl', label: t.publicBaseUrl },
  'targets.enterprisePct': { id: 'enterprisePct', label: t.enterprisePct },
  'targets.otherPct': { id: 'otherPct', label: t.otherPct },
  'targets.deadline': { id: 'deadline', label: t.deadline },
};

function toPct(value: string): number {
  return value.trim() === '' ? Number.NaN : Number(value);
}

interface PercentFieldProps {
  id: string;
  label: string;
  value: number;
  error: string | undefined;
  aria: Record<string, unknown>;
  onChange: (value: number) => void;
}

/** A 0–100 number; an empty box is NaN so validation names it instead of saving 0. */
function PercentField({ id, label, value, error, aria, onChange }: PercentFieldProps) {
  return (
    <Field id={id} label={label} error={error}>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={100}
        value={Number.isNaN(value) ? '' : value}
        {...aria}
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
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const form = useForm({
    values: draft,
    fields: FIELDS,
    schema: settingsSchema,
    wordProblems: (error) => fieldMessages(problemsByField(error), settingsProblemText),
  });
  const set = (patch: Partial<Settings>) => {
    for (const field of Object.keys(patch)) if (field in FIELDS) form.touch(field as keyof typeof FIELDS);
    setDraft((d) => ({ ...d, ...patch }));
  };
  const setTargets = (patch: Partial<Settings['targets']>) => {
    for (const field of Object.keys(patch)) form.touch(`targets.${field}` as keyof typeof FIELDS);
    setDraft((d) => ({ ...d, targets: { ...d.targets, ...patch } }));
  };
  const submit = form.submit(async (settings) => setOutcome(await onSave(settings)));

  const communeName = (code: string) => units.commune(code)?.name ?? code;

  return (
    <form class="form" onSubmit={submit} noValidate>
      <fieldset>
        <legend>{t.me}</legend>
        <Field id="userName" label={t.userName} hint={t.userNameHint} error={form.error('userName')}>
          <input
            id="userName"
            autoComplete="name"
            value={draft.userName}
            {...form.aria('userName', t.userNameHint)}
            onInput={(e) => set({ userName: e.currentTarget.value })}
          />
        </Field>
        <Field id="team" label={t.team} error={form.error('team')}>
          <input id="team" value={draft.team} {...form.aria('team')} onInput={(e) => set({ team: e.currentTarget.value })} />
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
        <Field id="publicBaseUrl" label={t.publicBaseUrl} hint={t.publicBaseUrlHint} error={form.error('publicBaseUrl')}>
          <input
            id="publicBaseUrl"
            type="url"
            inputMode="url"
            autoComplete="url"
            placeholder={location.origin + import.meta.env.BASE_URL}
            value={draft.publicBaseUrl}
            {...form.aria('publicBaseUrl', t.publicBaseUrlHint)}
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
          {(['enterprisePct', 'otherPct'] as const).map((key) => (
            <PercentField
              key={key}
              id={key}
              label={FIELDS[`targets.${key}`].label}
              value={draft.targets[key]}
              error={form.error(`targets.${key}`)}
              aria={form.aria(`targets.${key}`)}
              onChange={(value) => setTargets({ [key]: value })}
            />
          ))}
        </div>
        <Field id="deadline" label={t.deadline} hint={t.deadlineHint} error={form.error('targets.deadline')}>
          <input
            id="deadline"
            type="date"
            value={draft.targets.deadline ?? ''}
            {...form.aria('targets.deadline', t.deadlineHint)}
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

      <ErrorSummary problems={form.summary} heading={common.formSummary} />
      <OutcomeBanner outcome={outcome} success={t.saved} />
      <div class="form__actions">
        <button type="submit" class="primary" disabled={!form.valid || saving}>
          {t.save}
        </button>
      </div>
    </form>
  );
}
