import { toIsoDate } from '../../domain/dates';
import type { Organisation } from '../../domain/organisation';
import { allowedNextStatuses, NOT_APPLICABLE_REASONS, PROBLEM_REASONS, type Status } from '../../domain/status';
import { reasonLabels, statusLabels } from '../../i18n/labels';
import { visitText as t } from '../../i18n/visit';
import { describedBy, Field } from '../../ui/Field';
import { OutcomeBanner } from '../../ui/OutcomeBanner';
import type { VisitSession } from './visit-session';

interface Props {
  session: VisitSession;
  org: Organisation;
  onBack: () => void;
}

/** Stage 4: new status (only moves the workflow allows), reason for a side state, note, next follow-up. */
export function OutcomeStage({ session, org, onBack }: Props) {
  const draft = session.draft.value!;
  const errors = session.errors.value;
  const reasons = draft.outcomeStatus === 'problem' ? PROBLEM_REASONS : draft.outcomeStatus === 'not_applicable' ? NOT_APPLICABLE_REASONS : [];
  const reasonError = errors.includes('reason') ? t.errors.reason : undefined;
  const statusError = errors.includes('transition') ? t.errors.transition : undefined;
  const dateError = errors.includes('date') ? t.errors.date : undefined;
  const set = (patch: Partial<typeof draft>, typing = false) => session.update((d) => ({ ...d, ...patch }), { typing });

  function submit(e: Event) {
    e.preventDefault();
    void session.finish();
  }

  return (
    <form onSubmit={submit} noValidate>
      <Field id="visit-status" label={t.newStatus} error={statusError}>
        <select
          id="visit-status"
          value={draft.outcomeStatus}
          aria-describedby={describedBy('visit-status', undefined, statusError)}
          onChange={(e) => set({ outcomeStatus: e.currentTarget.value as Status | '', outcomeReason: '' })}
        >
          <option value="">{t.keepStatus(statusLabels[org.status])}</option>
          {allowedNextStatuses(org.status).map((s) => (
            <option key={s} value={s}>
              {statusLabels[s]}
            </option>
          ))}
        </select>
      </Field>
      {reasons.length > 0 && (
        <Field id="visit-reason" label={t.reason} error={reasonError}>
          <select
            id="visit-reason"
            value={draft.outcomeReason}
            aria-describedby={describedBy('visit-reason', undefined, reasonError)}
            onChange={(e) => set({ outcomeReason: e.currentTarget.value })}
          >
            <option value="">{t.reasonNone}</option>
            {reasons.map((r) => (
              <option key={r} value={r}>
                {reasonLabels[r]}
              </option>
            ))}
          </select>
        </Field>
      )}
      <Field id="visit-note" label={t.note}>
        <textarea id="visit-note" value={draft.note} onInput={(e) => set({ note: e.currentTarget.value }, true)} />
      </Field>
      <Field id="visit-follow-up" label={t.followUp} hint={t.followUpHint} error={dateError}>
        <input
          id="visit-follow-up"
          type="date"
          min={toIsoDate(new Date())}
          value={draft.followUpDate}
          aria-describedby={describedBy('visit-follow-up', t.followUpHint, dateError)}
          onChange={(e) => set({ followUpDate: e.currentTarget.value })}
        />
      </Field>
      <OutcomeBanner outcome={session.recording.value} />
      <div class="form__actions">
        <button type="button" onClick={onBack}>
          {t.back}
        </button>
        <button type="submit" class="primary">
          {t.finish}
        </button>
      </div>
    </form>
  );
}
