import { useState } from 'preact/hooks';
import { useServices } from '../../context/services';
import { formatViDate, toIsoDate } from '../../domain/dates';
import type { Organisation } from '../../domain/organisation';
import type { Outcome } from '../../domain/outcome';
import { holdsPersonalData } from '../../domain/team/erasure';
import { teamWorkText } from '../../i18n/team-work';
import { OutcomeBanner } from '../../ui/OutcomeBanner';

const t = teamWorkText.erase;

/** "Xóa dữ liệu cá nhân" (Law 91/2025/QH15): one action, with a confirmation, and the marker it leaves. */
export function EraseSection({ org }: { org: Organisation }) {
  const { teamWork } = useServices();
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const holds = holdsPersonalData(org);

  async function erase() {
    setOutcome(await (await teamWork()).erase(org.id));
    setConfirming(false);
  }

  return (
    <section aria-labelledby="erase-h">
      <h2 id="erase-h">{t.heading}</h2>
      {org.erasure && <p data-testid="erasure-marker">{t.marker(org.erasure.by, formatViDate(toIsoDate(new Date(org.erasure.at))))}</p>}
      {holds && !confirming && (
        <>
          <p class="muted small">{t.explain}</p>
          <button type="button" class="danger" onClick={() => setConfirming(true)}>
            {t.action}
          </button>
        </>
      )}
      {holds && confirming && (
        <div role="alertdialog" aria-labelledby="erase-confirm" class="card">
          <p id="erase-confirm">{t.confirm}</p>
          <div class="actions">
            <button type="button" class="danger" onClick={() => void erase()}>
              {t.apply}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {teamWorkText.cancel}
            </button>
          </div>
        </div>
      )}
      <OutcomeBanner outcome={outcome} success={t.done} testId="erase-outcome" />
    </section>
  );
}
