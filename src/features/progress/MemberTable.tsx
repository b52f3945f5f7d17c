import { formatViDate } from '../../domain/dates';
import type { MemberTable as Table } from '../../domain/progress/member-counts';
import { teamWorkText } from '../../i18n/team-work';
import { ScrollRegion } from '../../ui/ScrollRegion';
import { fmtInt } from './format-progress';

const t = teamWorkText.members;

/** Counts per team member: an accessible table, numbers as text. */
export function MemberTable({ table }: { table: Table }) {
  return (
    <section aria-labelledby="members-h">
      <h2 id="members-h">{t.heading}</h2>
      <p class="muted small">{t.weekFrom(formatViDate(table.weekStart))}</p>
      {table.rows.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ScrollRegion label={t.caption}>
          <table class="progress-table" data-testid="member-table">
            <caption>{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.assigned}</th>
                <th scope="col">{t.assignedIssued}</th>
                <th scope="col">{t.assignedProblem}</th>
                <th scope="col">{t.issuedThisWeek}</th>
                <th scope="col">{t.visitsThisWeek}</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((r) => (
                <tr key={r.name} data-member={r.name}>
                  <th scope="row">{r.name}</th>
                  <td class="num" data-k="assigned">{fmtInt(r.assigned)}</td>
                  <td class="num" data-k="assigned-issued">{fmtInt(r.assignedIssued)}</td>
                  <td class="num" data-k="assigned-problem">{fmtInt(r.assignedProblem)}</td>
                  <td class="num" data-k="issued-week">{fmtInt(r.issuedThisWeek)}</td>
                  <td class="num" data-k="visits-week">{fmtInt(r.visitsThisWeek)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
      <p data-testid="unassigned">{t.unassigned(table.unassigned)}</p>
    </section>
  );
}
