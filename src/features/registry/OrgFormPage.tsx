import { useState } from 'preact/hooks';
import { useServices } from '../../context/services';
import { formatViDate } from '../../domain/dates';
import { resolveOrgConflicts } from '../../domain/organisation-edit';
import { orgDraftKey } from '../../domain/draft-keys';
import { emptyOrgForm, type OrgFormField, type OrgFormValues, orgFormFrom } from '../../domain/organisation-form';
import type { Outcome } from '../../domain/outcome';
import { formatPhone, parsePhone } from '../../domain/phone';
import { kindLabels } from '../../i18n/labels';
import { registryText, formText as t } from '../../i18n/registry';
import type { PageProps } from '../../routing/page-props';
import { paths } from '../../routing/paths';
import { href, navigate } from '../../routing/router';
import { Banner } from '../../ui/Banner';
import { OutcomeBanner } from '../../ui/OutcomeBanner';
import { OrgConflicts } from './OrgConflicts';
import { OrgForm } from './OrgForm';
import type { EditConflict } from './registry-model';
import { useAdminUnits } from './useAdminUnits';
import { useOrgDraft } from './useOrgDraft';
import './registry.css';

/** '/to-chuc/moi' and '/to-chuc/:id/sua'. An edit starts from the stored record, so the route waits until the records are read (routes.ts). */
export default function OrgFormPage({ params }: PageProps) {
  return <OrgFormEditor key={params.id ?? ''} id={params.id} />;
}

/** The form, its autosaved draft (values and the record they started from), and the save. */
function OrgFormEditor({ id }: { id: string | undefined }) {
  const { registry, settings } = useServices();
  const units = useAdminUnits();
  const record = id ? registry.get(id) : undefined;
  const draft = useOrgDraft(orgDraftKey(id ?? 'new'), () => {
    const base = record ? orgFormFrom(record) : null;
    return { values: base ?? emptyOrgForm(settings.settings.value.communeCodes[0] ?? ''), base };
  });
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<Outcome<unknown> | null>(null);
  const [conflict, setConflict] = useState<EditConflict | null>(null);

  if (id && !record) {
    return (
      <section>
        <h1 tabIndex={-1}>{registryText.notFound}</h1>
        <a href={href(paths.registry())}>{registryText.backToList}</a>
      </section>
    );
  }

  const communeLabel = (code: string) => {
    const c = units?.commune(code);
    return c ? `${c.name} — ${units?.province(c.provinceCode)?.name ?? ''}` : code;
  };
  const { communeCodes } = settings.settings.value;
  const optionCodes = [...new Set([...communeCodes, ...(draft.values.communeCode ? [draft.values.communeCode] : [])])];

  async function save(values: OrgFormValues, base: OrgFormValues | null) {
    setSaving(true);
    const result = await registry.save(values, id ? { id, base: base ?? orgFormFrom(record!) } : null);
    setSaving(false);
    setOutcome(result);
    if (!result.ok) return;
    if ('conflict' in result.value) return setConflict(result.value.conflict);
    await draft.discard();
    navigate(paths.org(result.value.id), { replace: true });
  }

  /** The user chose per conflicting field: the form now starts from the record as stored, with the chosen values. */
  function resolve(current: EditConflict, keepMine: OrgFormField[]) {
    const next = resolveOrgConflicts(draft.base ?? current.theirs, draft.values, current.theirs, keepMine);
    draft.replace(next);
    setConflict(null);
    void save(next.values, next.base);
  }

  async function cancel() {
    await draft.discard();
    history.back();
  }

  const show = (field: OrgFormField, v: OrgFormValues): string => {
    const value = v[field];
    if (field === 'consentGiven') return value ? t.conflictYes : t.conflictNo;
    if (value === '') return t.conflictEmpty;
    if (field === 'kind') return kindLabels[v.kind as keyof typeof kindLabels];
    if (field === 'communeCode') return communeLabel(v.communeCode);
    if (field === 'followUpDate') return formatViDate(v.followUpDate);
    if (field === 'representativePhone') return formatPhone(parsePhone(v.representativePhone)?.value ?? v.representativePhone);
    return String(value);
  };

  return (
    <section>
      <h1 tabIndex={-1}>{record ? t.titleEdit : t.titleNew}</h1>
      {draft.restored && (
        <Banner tone="info" actions={<button type="button" onClick={draft.reset}>{t.discardDraft}</button>}>
          {t.draftRestored}
        </Banner>
      )}
      {conflict && (
        <OrgConflicts
          fields={conflict.fields}
          mine={draft.values}
          theirs={conflict.theirs}
          show={show}
          saving={saving}
          onResolve={(keepMine) => resolve(conflict, keepMine)}
        />
      )}
      {draft.ready && (
        <OrgForm
          values={draft.values}
          onChange={draft.update}
          duplicate={registry.duplicateOf(draft.values.taxCode, record?.id ?? null)}
          duplicateHref={(id) => href(paths.org(id))}
          communeOptions={optionCodes.map((code) => ({ value: code, label: communeLabel(code) }))}
          searchCommunes={(q) =>
            (units?.searchCommunes(q, settings.settings.value.provinceCode) ?? []).map((c) => ({ value: c.code, label: communeLabel(c.code) }))
          }
          saving={saving}
          onSave={() => void save(draft.values, draft.base)}
          onCancel={cancel}
          outcome={outcome}
        />
      )}
      {draft.written.ok ? <p class="muted">{t.draftSaved}</p> : <OutcomeBanner outcome={draft.written} />}
    </section>
  );
}
