import { useState } from 'preact/hooks';
import { useServices } from '../../context/services';
import type { Outcome } from '../../domain/outcome';
import { teamText as t } from '../../i18n/team';
import { QrCode } from '../../kits/qr/QrCode';
import { tryEncodeQr } from '../../kits/qr/qr-matrix';
import { paths } from '../../routing/paths';
import { href } from '../../routing/router';
import { OutcomeBanner } from '../../ui/OutcomeBanner';
import './team.css';

/** `/nhom`: the team this phone belongs to, its sync status, members, the invitation and leaving. */
export default function TeamPage() {
  const { team } = useServices();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const membership = team.membership.value;
  if (!membership) {
    return (
      <section>
        <h1 tabIndex={-1}>{t.title}</h1>
        <p>{t.intro}</p>
        <p data-testid="team-none">{t.notJoined}</p>
        <OutcomeBanner outcome={outcome} success={t.left} />
      </section>
    );
  }
  const joinUrl = new URL(href(paths.teamJoin(membership.url, membership.role === 'province')), window.location.origin).href;
  const paused = team.state.value === 'paused';

  async function leave(removeLocal: boolean) {
    if (removeLocal && !confirm(t.leaveConfirm)) return;
    setOutcome(await team.leave(removeLocal));
  }

  return (
    <section>
      <h1 tabIndex={-1}>{t.title}</h1>
      {team.state.value === 'login-needed' && (
        <p>
          <a class="button" href={paths.teamJoin(membership.url, membership.role === 'province')}>
            {t.loginAgain}
          </a>
        </p>
      )}
      <dl class="team-location">
        <dt>{t.database}</dt>
        <dd data-testid="team-database">{membership.url}</dd>
        <dt>{t.user}</dt>
        <dd>{membership.user}</dd>
      </dl>
      {membership.role === 'province' && <p data-testid="team-province">{t.provinceRole}</p>}
      <div class="button-row">
        <button type="button" onClick={() => void team.setPaused(!paused)}>
          {paused ? t.resume : t.pause}
        </button>
        <a class="button" href={paths.teamReview()}>
          {t.review} ({team.reviews.value.length})
        </a>
      </div>
      <section aria-labelledby="members-h">
        <h2 id="members-h">{t.members}</h2>
        {team.members.value.length > 0 ? (
          <ul data-testid="team-members">
            {team.members.value.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t.membersNone}</p>
        )}
      </section>
      <section aria-labelledby="invite-h">
        <h2 id="invite-h">{t.invite}</h2>
        <p class="muted">{t.inviteHint}</p>
        <QrCode encoding={tryEncodeQr(joinUrl)} url={joinUrl} label={t.invite} />
        <p>
          <a href={joinUrl} data-testid="team-join-link">
            {joinUrl}
          </a>
        </p>
      </section>
      {team.refused.value.length > 0 && (
        <section aria-labelledby="refused-h">
          <h2 id="refused-h">{t.refused}</h2>
          <p class="muted">{t.refusedHint}</p>
          <ul data-testid="team-refused">
            {team.refused.value.map((r) => (
              <li key={r.id}>
                {r.id}: {t.refusedProblem[r.problem]}
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="leave-h">
        <h2 id="leave-h">{t.leave}</h2>
        <p>
          <a href={paths.data()}>{t.leaveBackup}</a>
        </p>
        <div class="button-row">
          <button type="button" onClick={() => void leave(false)}>
            {t.leaveKeep}
          </button>
          {/* Nothing on an officer's phone came from a province database: there is no copy of it to remove. */}
          {membership.role !== 'province' && (
            <button type="button" class="danger" onClick={() => void leave(true)}>
              {t.leaveRemove}
            </button>
          )}
        </div>
        <OutcomeBanner outcome={outcome} />
      </section>
    </section>
  );
}
