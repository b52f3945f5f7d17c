import { useState } from 'preact/hooks';
import { useServices } from '../../app/context';
import { href, navigate } from '../../app/router';
import type { PageProps } from '../../app/routes';
import { emptyOrgForm, orgFormFrom } from '../../domain/organisation-form';
import { formText as t, registryText } from '../../i18n/registry';
import { Banner } from '../../ui/Banner';
import { OrgForm } from './OrgForm';
import { useAdminUnits } from './useAdminUnits';
import { useOrgDraft } from './useOrgDraft';
import './registry.css';

/** '/to-chuc/moi' and '/to-chuc/:id/sua': the form, its autosaved draft, and the save. */
export default function OrgFormPage({ params }: PageProps) {
  const { registry, settings } = useServices();
  const units = useAdminUnits();
  const base = params.id ? registry.get(params.id) : undefined;
  const draftKey = `org:${params.id ?? 'new'}`;
  const draft = useOrgDraft(draftKey, () => (base ? orgFormFrom(base) : emptyOrgForm(settings.settings.value.communeCodes[0] ?? '')));
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState('');

  if (params.id && !base) {
    return (
      <section>
        <h1 tabIndex={-1}>{registryText.notFound}</h1>
        <a href={href('/')}>{registryText.backToList}</a>
      </section>
    );
  }

  const communeLabel = (code: string) => {
    const c = units?.commune(code);
    return c ? `${c.name} — ${units?.province(c.provinceCode)?.name ?? ''}` : code;
  };
  const { communeCodes } = settings.settings.value;
  const optionCodes = [...new Set([...communeCodes, ...(draft.values.communeCode ? [draft.values.communeCode] : [])])];

  async function save() {
    setSaving(true);
    const result = await registry.save(draft.values, base ?? null);
    setSaving(false);
    if (!result.ok) return setMessage(result.message);
    await draft.discard();
    navigate(`/to-chuc/${encodeURIComponent(result.id)}`, { replace: true });
  }

  async function cancel() {
    await draft.discard();
    history.back();
  }

  return (
    <section>
      <h1 tabIndex={-1}>{base ? t.titleEdit : t.titleNew}</h1>
      {draft.restored && (
        <Banner tone="info" actions={<button type="button" onClick={draft.reset}>{t.discardDraft}</button>}>
          {t.draftRestored}
        </Banner>
      )}
      {draft.ready && (
        <OrgForm
          values={draft.values}
          onChange={draft.update}
          duplicate={registry.duplicateOf(draft.values.taxCode, base?.id ?? null)}
          duplicateHref={(id) => href(`/to-chuc/${encodeURIComponent(id)}`)}
          communeOptions={optionCodes.map((code) => ({ value: code, label: communeLabel(code) }))}
          searchCommunes={(q) =>
            (units?.searchCommunes(q, settings.settings.value.provinceCode) ?? []).map((c) => ({ value: c.code, label: communeLabel(c.code) }))
          }
          saving={saving}
          onSave={save}
          onCancel={cancel}
          message={message}
        />
      )}
      <p class="muted">{t.draftSaved}</p>
    </section>
  );
}
