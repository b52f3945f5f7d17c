import { formatViDate } from '../../domain/dates';
import type { MyWork } from '../../domain/progress/my-work';
import { common } from '../../i18n/common';
import { progressText as t } from '../../i18n/progress';
import { paths } from '../../routing/paths';
import { href } from '../../routing/router';
import { fmtInt } from './format-progress';
import { OrgLinkList } from './OrgLinks';

export function MyWorkPanel({ userName, work, communeName }: { userName: string; work: MyWork; communeName: (code: string) => string }) {
  return (
    <section aria-labelledby="mywork-h" class="card">
      <h2 id="mywork-h">
        {t.myWork}
        {userName && `: ${userName}`}
      </h2>
      {!userName ? (
        <p>
          {t.myWorkNoName} <a href={href(paths.settings())}>{common.nav.settings}</a>
        </p>
      ) : (
        <>
          <p class="muted small">{t.weekFrom(formatViDate(work.weekStart))}</p>
          <dl class="stats">
            <div>
              <dt>{t.myVisits}</dt>
              <dd data-testid="my-visits">{fmtInt(work.visitsThisWeek)}</dd>
            </div>
            <div>
              <dt>{t.myIssued}</dt>
              <dd data-testid="my-issued">{fmtInt(work.issuedThisWeek.length)}</dd>
            </div>
            <div>
              <dt>{t.myIssuedAll}</dt>
              <dd>{fmtInt(work.issuedAllTime)}</dd>
            </div>
            <div>
              <dt>{t.myFollowUps}</dt>
              <dd data-testid="my-followups">{fmtInt(work.followUpsDue.length)}</dd>
            </div>
          </dl>
          {work.issuedThisWeek.length > 0 && <OrgLinkList orgs={work.issuedThisWeek} communeName={communeName} />}
          {work.followUpsDue.length > 0 && (
            <>
              <h3>{t.myFollowUps}</h3>
              <OrgLinkList orgs={work.followUpsDue} communeName={communeName} />
            </>
          )}
        </>
      )}
    </section>
  );
}
