import { useState } from 'preact/hooks';
import { formatViDate } from '../../domain/dates';
import type { FollowUp, OrgRef, ProblemGroup } from '../../domain/progress/report';
import { problemReasonLabels } from '../../i18n/labels';
import { progressText as t } from '../../i18n/progress';
import { paths } from '../../routing/paths';
import { href } from '../../routing/router';
import { fmtInt } from './format-progress';

/** Long lists are cut: a commune may have thousands due; the registry's filters show them all. */
const LIMIT = 50;

export function OrgLinkList({ orgs, communeName }: { orgs: (OrgRef | FollowUp)[]; communeName: (code: string) => string }) {
  return (
    <>
      <ul class="org-links">
        {orgs.slice(0, LIMIT).map((o) => (
          <li key={o.id}>
            <a href={href(paths.org(o.id))}>{o.name}</a>
            <span class="muted small">
              {' '}
              · {communeName(o.communeCode)}
              {'followUpDate' in o && ` · ${formatViDate(o.followUpDate)}`}
            </span>
          </li>
        ))}
      </ul>
      {orgs.length > LIMIT && <p class="muted small">{t.shownOf(LIMIT, orgs.length)}</p>}
    </>
  );
}

/**
 * One reason's organisations behind a disclosure. Its links are made when it is first opened:
 * closed, they were half of the dashboard's elements at 100,000 organisations.
 */
function ProblemDetails({ label, group, communeName }: { label: string; group: ProblemGroup; communeName: (code: string) => string }) {
  const [opened, setOpened] = useState(false);
  return (
    <details onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>
        {label}: <strong>{fmtInt(group.count)}</strong>
      </summary>
      {opened && <OrgLinkList orgs={group.orgs} communeName={communeName} />}
    </details>
  );
}

export function ProblemList({ groups, communeName, withLinks }: { groups: ProblemGroup[]; communeName: (code: string) => string; withLinks: boolean }) {
  if (groups.length === 0) return <p>{t.problemsNone}</p>;
  return (
    <ul class="problems">
      {groups.map((g) => {
        const label = g.reason ? problemReasonLabels[g.reason] : t.noReason;
        return (
          <li key={g.reason ?? ''}>
            {withLinks && g.orgs.length > 0 ? (
              <ProblemDetails label={label} group={g} communeName={communeName} />
            ) : (
              <>
                {label}: <strong>{fmtInt(g.count)}</strong>
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
