import { useState } from 'preact/hooks';
import type { Organisation } from '../../domain/organisation';
import type { Outcome } from '../../domain/outcome';
import {
  allowedNextStatuses,
  NOT_APPLICABLE_REASONS,
  type NotApplicableReason,
  PROBLEM_REASONS,
  type ProblemReason,
  type Status,
} from '../../domain/status';
import { notApplicableLabels, problemReasonLabels, statusLabels } from '../../i18n/labels';
import { detailText as t } from '../../i18n/registry';
import { OutcomeBanner } from '../../ui/OutcomeBanner';

interface StatusChangeFormProps {
  org: Organisation;
  onApply: (change: { to: Status; reason?: ProblemReason | NotApplicableReason; note?: string }) => Promise<Outcome<unknown>>;
}

/** Only the moves the workflow allows are offered; side states ask for their reason. */
export function StatusChangeForm({ org, onApply }: StatusChangeFormProps) {
  const options = allowedNextStatuses(org.status);
  const [picked, setTo] = useState<Status | null>(null);
  // After a change the allowed moves change too: fall back to the first one.
  const to = picked && options.includes(picked) ? picked : options[0]!;
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [outcome, setOutcome] = useState<Outcome<unknown> | null>(null);
  const reasons =
    to === 'problem'
      ? PROBLEM_REASONS.map((r) => [r, problemReasonLabels[r]] as const)
      : to === 'not_applicable'
        ? NOT_APPLICABLE_REASONS.map((r) => [r, notApplicableLabels[r]] as const)
        : [];
  const ready = reasons.length === 0 || reason !== '';

  async function submit(e: Event) {
    e.preventDefault();
    const result = await onApply({
      to,
      ...(reasons.length ? { reason: reason as ProblemReason | NotApplicableReason } : {}),
      ...(note.trim() ? { note: note.normalize('NFC').trim() } : {}),
    });
    setOutcome(result);
    if (result.ok) {
      setTo(null);
      setReason('');
      setNote('');
    }
  }

  return (
    <form class="status-form" onSubmit={submit} noValidate>
      <h2>{t.changeStatus}</h2>
      <div class="field">
        <label for="next-status">{t.nextStatus}</label>
        <select
          id="next-status"
          value={to}
          onChange={(e) => {
            setTo(e.currentTarget.value as Status);
            setReason('');
          }}
        >
          {options.map((s) => (
            <option key={s} value={s}>
              {statusLabels[s]}
            </option>
          ))}
        </select>
      </div>
      {reasons.length > 0 && (
        <div class="field">
          <label for="status-reason">{t.reason}</label>
          <select id="status-reason" value={reason} onChange={(e) => setReason(e.currentTarget.value)}>
            <option value="">—</option>
            {reasons.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      )}
      <div class="field">
        <label for="status-note">{t.statusNote}</label>
        <input id="status-note" value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      </div>
      <button type="submit" class="primary" disabled={!ready}>
        {t.applyStatus}
      </button>
      <OutcomeBanner outcome={outcome} success={t.statusSaved} />
    </form>
  );
}
