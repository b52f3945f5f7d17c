import { useState } from 'preact/hooks';
import { useServices } from '../../context/services';
import type { Organisation } from '../../domain/organisation';
import type { Outcome } from '../../domain/outcome';
import { teamWorkText as t } from '../../i18n/team-work';
import { OutcomeBanner } from '../../ui/OutcomeBanner';
import { MemberInput } from './MemberInput';

/** Who the organisation is assigned to, and assigning it to someone else or to nobody. */
export function AssignPanel({ org }: { org: Organisation }) {
  const { teamWork, members } = useServices();
  const [name, setName] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [success, setSuccess] = useState('');

  async function run(action: Promise<Outcome>, message: string) {
    const result = await action;
    setOutcome(result);
    setSuccess(message);
    if (result.ok) setName('');
  }

  return (
    <section aria-labelledby="assign-h" class="card">
      <h2 id="assign-h">{t.assignee}</h2>
      <p data-testid="assignee">{org.assignee ? t.assignedTo(org.assignee) : t.nobody}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void run(teamWork().then((m) => m.assign(org.id, name)), t.assigned(name.trim()));
        }}
      >
        <MemberInput id="assign-name" value={name} members={members.members.value} onInput={setName} />
        <div class="actions">
          <button type="submit" class="primary">
            {t.assign}
          </button>
          {org.assignee && (
            <button type="button" onClick={() => void run(teamWork().then((m) => m.unassign(org.id)), t.unassigned)}>
              {t.unassign}
            </button>
          )}
        </div>
      </form>
      <OutcomeBanner outcome={outcome} success={success} testId="assign-outcome" />
    </section>
  );
}
