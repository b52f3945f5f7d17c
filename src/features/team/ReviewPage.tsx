import { useState } from 'preact/hooks';
import { useServices } from '../../context/services';
import { formatViDate, toIsoDate } from '../../domain/dates';
import type { Organisation } from '../../domain/organisation';
import { fieldLabel } from '../../i18n/backup-problems';
import { kindLabels, reasonLabels, statusLabels } from '../../i18n/labels';
import { detailText } from '../../i18n/registry';
import { teamText as t } from '../../i18n/team';
import { paths } from '../../routing/paths';
import type { ReviewRow } from '../../storage/db';
import './team.css';

/** Fields stored as codes or objects, worded as the organisation's page words them. */
const WORDING: Record<string, (value: never) => string> = {
  status: (v: Organisation['status']) => statusLabels[v] ?? v,
  kind: (v: Organisation['kind']) => kindLabels[v] ?? v,
  problemReason: (v: keyof typeof reasonLabels) => reasonLabels[v] ?? v,
  notApplicableReason: (v: keyof typeof reasonLabels) => reasonLabels[v] ?? v,
  followUpDate: (v: string) => formatViDate(v),
  consent: (v: NonNullable<Organisation['consent']>) =>
    (v.given ? detailText.consentGiven : detailText.consentRefused)(v.recordedBy, formatViDate(toIsoDate(new Date(v.at)))),
};

/** A disputed value as a person reads it: words for codes, "(trống)" for nothing. */
function shown(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t.emptyValue;
  const word = WORDING[field];
  if (word) return word(value as never);
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function ReviewItem({ row }: { row: ReviewRow }) {
  const { team } = useServices();
  const org = team.organisation(row.id);
  const fields = Object.keys(row.dispute);
  const [picks, setPicks] = useState<Record<string, number>>(() => Object.fromEntries(fields.map((f) => [f, 0])));
  const [busy, setBusy] = useState(false);
  if (!org) return <li>{t.reviewMissing}</li>;

  async function save(e: Event) {
    e.preventDefault();
    setBusy(true);
    await team.pick(row.id, Object.fromEntries(fields.map((f) => [f, row.dispute[f]![picks[f] ?? 0]])));
    setBusy(false);
  }

  return (
    <li class="review-item" data-testid="review-item">
      <h2>
        <a href={paths.org(row.id)}>{org.name}</a>
      </h2>
      <form onSubmit={save}>
        {fields.map((field) => (
          <fieldset key={field}>
            <legend>{fieldLabel(field)}</legend>
            {row.dispute[field]!.map((value, i) => (
              <label key={i} class="review-choice">
                <input type="radio" name={`${row.id}-${field}`} checked={picks[field] === i} onChange={() => setPicks((p) => ({ ...p, [field]: i }))} />{' '}
                {shown(field, value)}
              </label>
            ))}
          </fieldset>
        ))}
        <button type="submit" class="primary" disabled={busy}>
          {t.reviewSave}
        </button>
      </form>
    </li>
  );
}

/** `/nhom/xem-lai`: every organisation edited on two phones while apart, with both values of each disputed field. */
export default function ReviewPage() {
  const { team } = useServices();
  const rows = team.reviews.value;
  return (
    <section>
      <h1 tabIndex={-1}>{t.review}</h1>
      <p class="muted">{t.reviewIntro}</p>
      {rows.length === 0 ? (
        <p data-testid="review-none">{t.reviewNone}</p>
      ) : (
        <ul class="review-list">
          {rows.map((row) => (
            <ReviewItem key={row.id} row={row} />
          ))}
        </ul>
      )}
    </section>
  );
}
