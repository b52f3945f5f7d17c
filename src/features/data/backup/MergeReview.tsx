import { dataText as t } from '../../../i18n/data';
import type { BackupModel } from './backup-model';
import { conflictValue } from './conflict-value';


/** What a merge will do, and the records changed on both phones, field by field, with the user's choice. */
export function MergeReview({ model, onApply }: { model: BackupModel; onApply: () => void }) {
  const p = model.pending.value!;
  const { plan } = p;
  const nothing = plan.writes.length === 0 && plan.visits.length === 0 && plan.conflicts.length === 0;
  return (
    <div class="merge" data-testid="merge-review">
      <p role="status">{nothing ? t.backup.nothingToMerge : t.backup.mergeSummary(plan.added, plan.updated, plan.deleted, plan.joined, plan.visits.length)}</p>
      {plan.conflicts.length > 0 && (
        <section aria-labelledby="conflicts-h">
          <h3 id="conflicts-h">{t.backup.conflictsHeading(plan.conflicts.length)}</h3>
          {plan.conflicts.map((c, i) => (
            <fieldset key={c.local.id} class="conflict" data-testid="conflict">
              <legend>{c.local.name}</legend>
              <table>
                <thead>
                  <tr>
                    <th scope="col" />
                    <th scope="col">{t.backup.localSide}</th>
                    <th scope="col">{t.backup.incomingSide}</th>
                  </tr>
                </thead>
                <tbody>
                  {c.fields.map((f) => (
                    <tr key={f}>
                      <th scope="row">{t.backup.fields[f] ?? f}</th>
                      <td>{conflictValue(c.local, f)}</td>
                      <td>{conflictValue(c.incoming, f)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {(['local', 'incoming'] as const).map((side) => (
                <label class="check" key={side}>
                  <input type="radio" name={`conflict-${i}`} checked={p.choices[i] === side} onChange={() => model.choose(i, side)} />
                  {side === 'local' ? t.backup.keepLocal : t.backup.keepIncoming}
                </label>
              ))}
            </fieldset>
          ))}
        </section>
      )}
      {!nothing && (
        <button type="button" class="primary" onClick={onApply}>
          {t.backup.applyMerge}
        </button>
      )}
    </div>
  );
}
