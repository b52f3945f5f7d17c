import { IMPORT_FIELDS } from '../../../domain/import/fields';
import { DUPLICATE_CHOICES } from '../../../domain/import/plan';
import { failed } from '../../../domain/outcome';
import { dataText as t } from '../../../i18n/data';
import { rowIssueText } from '../../../i18n/import-problems';
import { OutcomeBanner } from '../../../ui/OutcomeBanner';
import { CommuneGroups, ProvinceChoice } from './CommuneGroups';
import { DuplicateRows } from './DuplicateRows';
import type { ImportModel } from './import-model';

const SHOWN_ISSUES = 200;

/** Column mapping, counts, duplicate choice and the per-row issues, before anything is written. */
export function ImportPreviewView({ model }: { model: ImportModel }) {
  const p = model.preview.value;
  const headers = model.headers.value;
  const mapping = model.mapping.value;
  return (
    <div class="import-preview">
      <p class="muted">
        {model.fileName.value} · {t.import.format(model.format.value)}
      </p>
      <details open={!p}>
        <summary>{t.import.mappingHeading}</summary>
        <p class="muted">{t.import.mappingHint}</p>
        <div class="mapping">
          {IMPORT_FIELDS.map((f) => (
            <label key={f}>
              {t.import.fields[f]}
              <select
                data-testid={`map-${f}`}
                value={mapping[f] === undefined ? '' : String(mapping[f])}
                onChange={(e) => model.setColumn(f, e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value))}
              >
                <option value="">{t.import.notMapped}</option>
                {headers.map((h, i) => (
                  <option key={i} value={String(i)}>
                    {h || t.import.column(i + 1)}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      </details>
      {model.error.value && <OutcomeBanner outcome={failed(model.error.value)} testId="import-error" />}
      <div class="form__actions">
        <button type="button" class="primary" disabled={!p || p.importable === 0} onClick={model.commit}>
          {t.import.commit(p?.importable ?? 0)}
        </button>
        <button type="button" onClick={model.reset}>
          {t.import.cancel}
        </button>
      </div>
      {p && (
        <>
          <dl class="counts" data-testid="import-counts">
            {(Object.keys(t.import.counts) as (keyof typeof t.import.counts)[]).map((k) => (
              <div key={k} data-count={k}>
                <dt>{t.import.counts[k]}</dt>
                <dd>{p[k].toLocaleString('vi-VN')}</dd>
              </div>
            ))}
          </dl>
          {model.mapping.value.commune !== undefined && (
            <ProvinceChoice province={p.province} provinces={p.provinces} onChoose={model.chooseProvince} />
          )}
          {p.communeGroups.length > 0 && (
            <CommuneGroups groups={p.communeGroups} unlisted={p.unlistedGroups} choices={model.communeChoices.value} onChoose={model.chooseCommune} />
          )}
          {p.duplicates > 0 && (
            <fieldset>
              <legend>{t.import.duplicatesHeading}</legend>
              {DUPLICATE_CHOICES.map((c) => (
                <label class="check" key={c}>
                  <input type="radio" name="dup" checked={model.choice.value === c} onChange={() => (model.choice.value = c)} />
                  {t.import.choices[c]}
                </label>
              ))}
              {model.choice.value === 'keep-both' && <p class="muted">{t.import.keepBothNote}</p>}
            </fieldset>
          )}
          {p.listed.length > 0 && (
            <DuplicateRows
              rows={p.listed}
              unlisted={p.duplicates - p.unchanged - p.listed.length}
              choice={model.choice.value}
              overrides={model.overrides.value}
              onChoose={model.chooseFor}
            />
          )}
          {p.issues.length > 0 && (
            <section aria-labelledby="issues-h">
              <h3 id="issues-h">{t.import.issuesHeading}</h3>
              <ul class="issues" data-testid="import-issues">
                {p.issues.slice(0, SHOWN_ISSUES).map((i, k) => (
                  <li key={k} class={`issue issue--${i.level}`}>
                    <strong>{t.import.level[i.level]}</strong> · {i.column}: {rowIssueText(i)}
                  </li>
                ))}
              </ul>
              {p.issues.length > SHOWN_ISSUES && <p class="muted">{t.import.moreIssues(p.issues.length - SHOWN_ISSUES)}</p>}
            </section>
          )}
        </>
      )}
    </div>
  );
}
