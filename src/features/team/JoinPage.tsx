import { useState } from 'preact/hooks';
import { useServices } from '../../context/services';
import type { Outcome } from '../../domain/outcome';
import { parseTeamUrl } from '../../domain/sync/team-link';
import { teamText as t } from '../../i18n/team';
import type { PageProps } from '../../routing/page-props';
import { paths } from '../../routing/paths';
import { parseTeamJoinQuery } from '../../routing/queries';
import { navigate } from '../../routing/router';
import { Banner } from '../../ui/Banner';
import { Field } from '../../ui/Field';
import { OutcomeBanner } from '../../ui/OutcomeBanner';
import './team.css';

/** `/nhom/tham-gia?db=…`: the team's server and database, and the login that joins it (or logs in again). */
export default function JoinPage({ query }: PageProps) {
  const { team } = useServices();
  const link = parseTeamJoinQuery(query);
  const location = parseTeamUrl(link.db, window.location.origin);
  const [user, setUser] = useState(team.membership.value?.user ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // A province database receives no records: nothing to merge.
  const localCount = team.membership.value || link.province ? 0 : team.localRecordCount();

  if (!location) return <section><h1 tabIndex={-1}>{t.joinTitle}</h1><Banner tone="danger">{t.badLink}</Banner></section>;

  async function connect(e: Event) {
    e.preventDefault();
    if (!location) return;
    setBusy(true);
    const result = await team.join(location, user.trim(), password, true, link.province ? 'province' : undefined);
    setPassword('');
    setBusy(false);
    setOutcome(result);
    if (result.ok) navigate(paths.team());
  }

  return (
    <section>
      <h1 tabIndex={-1}>{t.joinTitle}</h1>
      <dl class="team-location">
        <dt>{t.server}</dt>
        <dd data-testid="join-server">{location.server}</dd>
        <dt>{t.database}</dt>
        <dd data-testid="join-database">{location.name}</dd>
      </dl>
      {link.province && <p data-testid="join-province">{t.provinceJoin}</p>}
      <form onSubmit={connect}>
        <Field id="team-user" label={t.user}>
          <input id="team-user" autocomplete="username" value={user} onInput={(e) => setUser(e.currentTarget.value)} required />
        </Field>
        <Field id="team-password" label={t.password} hint={t.passwordHint}>
          <input id="team-password" type="password" autocomplete="current-password" value={password} onInput={(e) => setPassword(e.currentTarget.value)} required aria-describedby="team-password-hint" />
        </Field>
        {localCount > 0 && (
          <p class="muted" data-testid="join-merge-note">
            {t.mergeLocal(localCount)}. <a href={paths.data()}>{t.mergeLocalHint}</a>
          </p>
        )}
        <OutcomeBanner outcome={outcome} testId="join-outcome" />
        <div class="button-row">
          <button type="submit" class="primary" disabled={busy || !user.trim() || !password}>
            {busy ? t.connecting : t.connect}
          </button>
        </div>
      </form>
    </section>
  );
}
