import { formatViDate, toIsoDate } from '../../domain/dates';
import type { Organisation } from '../../domain/organisation';
import type { ChangeEntry } from '../../domain/team/change-log';
import { statusLabels } from '../../i18n/labels';
import { changeFieldLabels, teamWorkText } from '../../i18n/team-work';

const t = teamWorkText.history;

function stamp(at: number): string {
  const d = new Date(at);
  return `${formatViDate(toIsoDate(d))} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}

/** What one entry says: the erasure, the status move, then the fields by their labels. */
function wordsFor(e: ChangeEntry): string[] {
  const parts: string[] = [];
  if (e.erased) parts.push(t.erased);
  if (e.from && e.to) parts.push(t.status(statusLabels[e.from], statusLabels[e.to]));
  const labels = [...new Set(e.fields.map((f) => (changeFieldLabels as Record<string, string>)[f] ?? t.otherField))];
  if (labels.length && !e.erased) parts.push(t.fields(labels));
  return parts;
}

/** Who changed what and when, newest first (the record's own change log, synced with it). */
export function ChangeHistory({ org }: { org: Organisation }) {
  const entries = [...(org.changes ?? [])].reverse();
  return (
    <section aria-labelledby="changes-h">
      <h2 id="changes-h">{t.heading}</h2>
      {entries.length === 0 ? (
        <p class="muted">{t.none}</p>
      ) : (
        <ol class="timeline" data-testid="change-history">
          {entries.map((e) => (
            <li key={`${e.at}|${e.by}|${e.fields.join()}|${e.to ?? ''}`}>
              <strong>{stamp(e.at)}</strong> — {e.by || t.unknownUser}: {wordsFor(e).join('; ')}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
