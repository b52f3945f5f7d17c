import { useServices } from '../../context/services';
import { formatViDate, toIsoDate } from '../../domain/dates';
import { teamText as t } from '../../i18n/team';
import { paths } from '../../routing/paths';
import './team.css';

/** "17:44 30/11/2026": the date as Vietnamese users write it (the locale's short day-month is "30-11"). */
const time = (at: number) => `${new Date(at).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' })} ${formatViDate(toIsoDate(new Date(at)))}`;

/** One line on a joined phone: when it last synced, what is not sent yet, and what is wrong, in Vietnamese. */
export function SyncStatus() {
  const { team } = useServices();
  if (!team.membership.value) return null;
  const state = team.state.value;
  const at = team.lastSyncedAt.value;
  const reviews = team.reviews.value.length;
  const problem =
    state === 'offline' ? t.statusOffline : state === 'paused' ? t.statusPaused : state === 'login-needed' ? t.statusLogin : state === 'storage-full' ? t.errors['storage-full'] : null;
  return (
    <p class={`sync-status${problem ? ' sync-status--problem' : ''}`} role="status" data-testid="sync-status">
      <a href={paths.team()}>{state === 'active' ? t.statusActive : at ? t.statusSynced(time(at)) : t.statusNever}</a>
      {' · '}
      <span data-testid="sync-pending">{t.pending(team.pending.value)}</span>
      {reviews > 0 && (
        <>
          {' · '}
          <a href={paths.teamReview()} data-testid="sync-review-link">
            {t.reviewCount(reviews)}
          </a>
        </>
      )}
      {problem && <span class="sync-status__problem">{problem}</span>}
    </p>
  );
}
