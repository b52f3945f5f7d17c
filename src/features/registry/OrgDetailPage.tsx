import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../../context/services';
import { formatViDate, toIsoDate } from '../../domain/dates';
import type { Outcome } from '../../domain/outcome';
import { formatPhone } from '../../domain/phone';
import type { Visit } from '../../domain/visit';
import { kindLabels, notApplicableLabels, problemReasonLabels, statusLabels } from '../../i18n/labels';
import { registryText, detailText as t } from '../../i18n/registry';
import { teamText } from '../../i18n/team';
import type { PageProps } from '../../routing/page-props';
import { paths } from '../../routing/paths';
import { href, navigate } from '../../routing/router';
import { OutcomeBanner } from '../../ui/OutcomeBanner';
import { AssignPanel } from './AssignPanel';
import { ChangeHistory } from './ChangeHistory';
import { EraseSection } from './EraseSection';
import { StatusChangeForm } from './StatusChangeForm';
import { StatusLabel } from './StatusLabel';
import { useAdminUnits } from './useAdminUnits';
import './registry.css';

/** The guide a representative needs most: registering the organisation's e-ID (slug owned by the guides feature). */
const ORG_GUIDE_SLUG = 'dinh-danh-to-chuc';

const when = (at: number) => formatViDate(toIsoDate(new Date(at)));

export default function OrgDetailPage({ params }: PageProps) {
  const { registry, team } = useServices();
  const units = useAdminUnits();
  const org = registry.get(params.id ?? '');
  const joined = registry.joinedInto(params.id ?? '');
  const [visits, setVisits] = useState<Visit[]>([]);
  const [failure, setFailure] = useState<Outcome<unknown> | null>(null);

  // A link or bookmark to an id that a merge joined into another one opens the surviving record.
  useEffect(() => {
    if (joined) navigate(paths.org(joined), { replace: true });
  }, [joined]);

  useEffect(() => {
    let live = true;
    if (org) void registry.visitsOf(org.id).then((v) => live && setVisits(v));
    return () => {
      live = false;
    };
  }, [org?.id, org?.updatedAt]);

  if (!org) {
    return (
      <section>
        <h1 tabIndex={-1}>{registryText.notFound}</h1>
        <a href={href(paths.registry())}>{registryText.backToList}</a>
      </section>
    );
  }

  async function remove() {
    const outcome = await registry.remove(org!);
    if (outcome.ok) navigate(paths.registry());
    else setFailure(outcome);
  }

  const commune = units?.commune(org.communeCode);
  const consent = org.consent
    ? (org.consent.given ? t.consentGiven : t.consentRefused)(org.consent.recordedBy, when(org.consent.at))
    : t.consentNone;
  /** A value kept although it fails its check says so, with the reason, until it is fixed in the form. */
  const kept = (value: string, reason: string | undefined) => (reason === undefined ? value : `${value} — ${t.keptAsIs(reason)}`);
  const fields: [string, string][] = [
    [t.taxCode, kept(org.taxCode || registryText.noTaxCode, org.keptAsIs?.taxCode)],
    [t.kind, kindLabels[org.kind]],
    [t.address, org.address || t.none],
    [t.commune, commune ? `${commune.name}, ${units?.province(commune.provinceCode)?.name ?? ''}` : org.communeCode],
    ...(org.listedCommune ? [[t.listedCommune, org.listedCommune] as [string, string]] : []),
    [t.representative, org.representativeName || t.none],
    [t.phone, kept(org.representativePhone ? formatPhone(org.representativePhone) : t.none, org.keptAsIs?.representativePhone)],
    [t.consent, consent],
    [t.followUp, org.followUpDate ? formatViDate(org.followUpDate) : t.none],
    [t.notes, org.notes || t.none],
    [t.created, when(org.createdAt)],
  ];

  return (
    <section class="detail">
      <h1 tabIndex={-1}>{org.name}</h1>
      {org.demo && <p class="banner banner--warning">{t.demo}</p>}
      {team.reviews.value.some((r) => r.id === org.id) && (
        <p class="banner banner--warning">
          <a href={paths.teamReview()} data-testid="org-review-link">
            {teamText.review}
          </a>
        </p>
      )}
      <div class="detail__status">
        <StatusLabel status={org.status} />
        {org.problemReason && <span>{problemReasonLabels[org.problemReason]}</span>}
        {org.notApplicableReason && <span>{notApplicableLabels[org.notApplicableReason]}</span>}
      </div>
      {org.statusNote && <p>{org.statusNote}</p>}
      <p class="muted">{t.updated(when(org.updatedAt), org.updatedBy)}</p>

      <nav class="actions" aria-label={t.actions}>
        <a class="button primary wide" href={href(paths.visit(org.id))}>
          {t.startVisit}
        </a>
        {org.representativePhone && (
          <a class="button" href={`tel:${org.representativePhone}`} data-native="">
            {t.call(formatPhone(org.representativePhone))}
          </a>
        )}
        <a class="button" href={href(paths.orgEdit(org.id))}>
          {t.edit}
        </a>
        <a class="button" href={href(paths.qr({ g: [ORG_GUIDE_SLUG] }))}>
          {t.showQr}
        </a>
        <button type="button" class="danger" onClick={remove}>
          {t.remove}
        </button>
      </nav>
      <OutcomeBanner outcome={failure} />

      <AssignPanel key={org.id} org={org} />

      <dl>
        {fields.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>

      <StatusChangeForm
        key={org.id}
        org={org}
        onApply={(change) => registry.changeStatus(org, change)}
      />

      <h2>{t.history}</h2>
      <ol class="timeline">
        {[...org.statusHistory].reverse().map((h) => (
          <li key={`${h.at}-${h.status}`}>
            {t.historyItem(statusLabels[h.status], when(h.at), h.by)}
            {h.reason && ` — ${(problemReasonLabels as Record<string, string>)[h.reason] ?? (notApplicableLabels as Record<string, string>)[h.reason]}`}
            {h.note && ` — ${h.note}`}
          </li>
        ))}
      </ol>

      <ChangeHistory org={org} />

      <h2>{t.visits}</h2>
      {visits.length === 0 ? (
        <p class="muted">{t.noVisits}</p>
      ) : (
        <ul class="timeline">
          {visits.map((v) => (
            <li key={v.id}>
              {t.visitItem(when(v.at), v.by)}
              {v.note && ` — ${v.note}`}
            </li>
          ))}
        </ul>
      )}

      <EraseSection org={org} />
    </section>
  );
}
