import { useState } from 'preact/hooks';
import { applicableChoice, choicesFor, type DuplicateChoice } from '../../../domain/import/plan';
import { dataText as t } from '../../../i18n/data';
import { paths } from '../../../routing/paths';
import { href } from '../../../routing/router';
import type { DuplicateRow } from './import-protocol';

const PAGE = 20;

interface Props {
  rows: DuplicateRow[];
  /** Rows matched beyond the listed ones (they follow the choice for all). */
  unlisted: number;
  choice: DuplicateChoice;
  overrides: ReadonlyMap<number, DuplicateChoice>;
  onChoose: (line: number, choice: DuplicateChoice | null) => void;
}

/** Duplicates that would change a record: what would change, field by field, and a choice per row. */
export function DuplicateRows({ rows, unlisted, choice, overrides, onChoose }: Props) {
  const [shown, setShown] = useState(PAGE);
  return (
    <section aria-labelledby="dups-h">
      <h3 id="dups-h">{t.import.rowsHeading(rows.length + unlisted)}</h3>
      {unlisted > 0 && <p class="muted">{t.import.rowsMore(rows.length)}</p>}
      <ul class="dup-rows" data-testid="duplicate-rows">
        {rows.slice(0, shown).map((row) => (
          <li key={row.line} data-line={row.line}>
            <p>
              <strong>{t.import.rowLine(row.line, row.name)}</strong> — {t.import.matchedBy[row.by]}{' '}
              <a href={href(paths.org(row.existingId))}>{row.existingName}</a>
            </p>
            <ul class="changes">
              {row.changes.map((c) => (
                <li key={c.field}>
                  {t.import.changeFields[c.field]}: {c.from || t.import.empty} <span aria-hidden="true">→</span>
                  <span class="sr-only"> {t.import.changedTo} </span> <strong>{c.to}</strong>
                </li>
              ))}
            </ul>
            <label>
              {t.import.rowChoice}{' '}
              <select
                value={overrides.get(row.line) ?? ''}
                onChange={(e) => onChoose(row.line, (e.currentTarget.value || null) as DuplicateChoice | null)}
              >
                <option value="">{t.import.followAll(t.import.choicesShort[applicableChoice(choice, row.by)])}</option>
                {choicesFor(row.by).map((c) => (
                  <option key={c} value={c}>
                    {t.import.choices[c]}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ul>
      {shown < rows.length && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t.import.showMore(Math.min(PAGE, rows.length - shown))}
        </button>
      )}
    </section>
  );
}
