import { useState } from 'preact/hooks';
import { useServices } from '../../context/services';
import type { Outcome } from '../../domain/outcome';
import { cleanMemberName } from '../../domain/team/assignment';
import { teamWorkText as t } from '../../i18n/team-work';
import { OutcomeBanner } from '../../ui/OutcomeBanner';
import { MemberInput } from './MemberInput';

type Step = 'closed' | 'name' | 'confirm';

/** Assigns every organisation of the filtered list at once, after a confirmation naming the count. */
export function BulkAssign({ ids }: { ids: readonly string[] }) {
  const { teamWork, members } = useServices();
  const [step, setStep] = useState<Step>('closed');
  const [name, setName] = useState('');
  const [outcome, setOutcome] = useState<Outcome<number> | null>(null);
  const [success, setSuccess] = useState('');
  const clean = cleanMemberName(name);

  async function apply() {
    const result = await (await teamWork()).assignMany(ids, clean);
    setOutcome(result);
    setSuccess(t.bulkDone(ids.length, clean));
    setStep('closed');
    setName('');
  }

  return (
    <div class="bulk-assign">
      {step === 'closed' && (
        <button
          type="button"
          onClick={() => {
            setOutcome(null);
            setStep('name');
          }}
        >
          {t.bulkOpen(ids.length)}
        </button>
      )}
      {step === 'name' && (
        <form
          class="card"
          aria-label={t.bulkTitle}
          onSubmit={(e) => {
            e.preventDefault();
            if (clean) setStep('confirm');
            else setOutcome({ ok: false, message: t.nameNeeded });
          }}
        >
          <MemberInput id="bulk-name" value={name} members={members.members.value} onInput={setName} />
          <div class="actions">
            <button type="submit" class="primary">
              {t.bulkNext}
            </button>
            <button type="button" onClick={() => setStep('closed')}>
              {t.cancel}
            </button>
          </div>
        </form>
      )}
      {step === 'confirm' && (
        <div role="alertdialog" aria-labelledby="bulk-confirm" class="card">
          <p id="bulk-confirm">{t.bulkConfirm(ids.length, clean)}</p>
          <div class="actions">
            <button type="button" class="primary" onClick={() => void apply()}>
              {t.bulkApply(ids.length)}
            </button>
            <button type="button" onClick={() => setStep('closed')}>
              {t.cancel}
            </button>
          </div>
        </div>
      )}
      <OutcomeBanner outcome={outcome} success={success} testId="bulk-outcome" />
    </div>
  );
}
