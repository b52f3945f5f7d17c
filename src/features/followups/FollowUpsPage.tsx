import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../../context/services';
import { formatViDate, toIsoDate } from '../../domain/dates';
import type { Organisation } from '../../domain/organisation';
import { statusLabels } from '../../i18n/labels';
import { followUpsText as t } from '../../i18n/visit';
import type { PageProps } from '../../routing/page-props';
import { paths } from '../../routing/paths';
import { parseFollowUpsQuery } from '../../routing/queries';
import { href, setQuery } from '../../routing/router';

function OrgList({ orgs }: { orgs: Organisation[] }) {
  if (orgs.length === 0) return <p class="muted">{t.none}</p>;
  return (
    <ul class="menu">
      {orgs.map((o) => (
        <li key={o.id}>
          <a href={href(paths.org(o.id))}>
            <strong>{o.name}</strong>
            <span class="muted">
              {statusLabels[o.status]} · {t.followUpOn(formatViDate(o.followUpDate!))}
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Visits started but not recorded (drafts survive reloads and updates). */
function DraftVisits() {
  const { followUps } = useServices();
  const [visits, setVisits] = useState<{ id: string; name: string | null }[]>([]);
  useEffect(() => void followUps.unfinishedVisits().then(setVisits), []);
  if (visits.length === 0) return null;
  return (
    <section aria-labelledby="drafts-h">
      <h2 id="drafts-h">{t.drafts}</h2>
      <ul class="menu">
        {visits.map(({ id, name }) => (
          <li key={id}>
            <a href={href(paths.visit(id))}>
              <strong>{name ?? t.unknownOrg}</strong>
              <span class="muted">{t.continueVisit}</span>
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** /hen: follow-ups due on a day (today unless ?ngay=) and those overdue, plus unfinished visits. */
export default function FollowUpsPage({ query }: PageProps) {
  const { followUps } = useServices();
  const today = toIsoDate(new Date());
  const asOf = parseFollowUpsQuery(query).ngay || today;
  const { overdue, due } = followUps.dueOn(asOf);

  return (
    <section>
      <h1 tabIndex={-1}>{t.title}</h1>
      <label for="follow-up-day">{t.asOf}</label>
      <input id="follow-up-day" type="date" value={asOf} onChange={(e) => setQuery({ ngay: e.currentTarget.value === today ? undefined : e.currentTarget.value })} />
      <h2>{asOf === today ? t.dueToday(due.length) : t.due(formatViDate(asOf), due.length)}</h2>
      <OrgList orgs={due} />
      <h2>{t.overdue(overdue.length)}</h2>
      <OrgList orgs={overdue} />
      <DraftVisits />
    </section>
  );
}
