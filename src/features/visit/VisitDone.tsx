import { formatViDate } from '../../domain/dates';
import type { Organisation } from '../../domain/organisation';
import type { Visit } from '../../domain/visit';
import { statusLabels } from '../../i18n/labels';
import { visitText as t } from '../../i18n/visit';
import { paths } from '../../routing/paths';
import { href } from '../../routing/router';

/** After recording: what was saved, and where to go next. */
export function VisitDone({ org, visit }: { org: Organisation; visit: Visit }) {
  return (
    <section class="visit">
      <h1 tabIndex={-1}>{t.saved}</h1>
      <p>
        <strong>{org.name}</strong>
      </p>
      <p>{t.savedStatus(statusLabels[org.status])}</p>
      {visit.followUpDate && <p>{t.savedFollowUp(formatViDate(visit.followUpDate))}</p>}
      <p class="visit__links">
        <a class="button primary" href={href(paths.org(org.id))}>
          {t.toOrg}
        </a>
        <a class="button" href={href(paths.followUps())}>
          {t.toFollowUps}
        </a>
      </p>
    </section>
  );
}
