import { dataText as t } from '../../../i18n/data';
import type { CommuneGroupView, CommuneOption } from './import-protocol';

interface ProvinceProps {
  province: { code: string; inferred: boolean };
  provinces: CommuneOption[];
  onChoose: (code: string) => void;
}

/** The province the list's communes are matched in: inferred from the file unless Settings has one, and changeable. */
export function ProvinceChoice({ province, provinces, onChoose }: ProvinceProps) {
  return (
    <div class="province-choice">
      <label>
        {t.import.province.label}
        <select data-testid="import-province" value={province.code} onChange={(e) => onChoose(e.currentTarget.value)}>
          {!province.code && <option value="">{t.import.province.none}</option>}
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <p class="muted">{province.inferred ? t.import.province.inferred : t.import.province.fromSettings}</p>
    </div>
  );
}

interface GroupsProps {
  groups: CommuneGroupView[];
  unlisted: number;
  choices: ReadonlyMap<string, string>;
  onChoose: (key: string, code: string | null) => void;
}

/** Rows whose commune the app cannot set alone, grouped by their text: one choice fixes every row of a group. */
export function CommuneGroups({ groups, unlisted, choices, onChoose }: GroupsProps) {
  return (
    <section aria-labelledby="groups-h" data-testid="commune-groups">
      <h3 id="groups-h">{t.import.groups.heading(groups.length + unlisted)}</h3>
      <p class="muted">{t.import.groups.hint}</p>
      {unlisted > 0 && <p class="muted">{t.import.groups.more(groups.length)}</p>}
      <ul class="commune-groups">
        {groups.map((g) => (
          <li key={g.key} data-kind={g.kind}>
            <p>
              <strong>{t.import.groups.text(g.commune, g.district)}</strong> · {t.import.groups.rows(g.rows)}
              <br />
              <span class={`group-kind group-kind--${g.kind}`}>{t.import.groups.kind[g.kind]}</span>
            </p>
            <label>
              {t.import.groups.choice}
              <select value={choices.get(g.key) ?? ''} onChange={(e) => onChoose(g.key, e.currentTarget.value || null)}>
                <option value="">{t.import.groups.keepText}</option>
                {g.candidates.map((c) => (
                  <option key={c.code} value={c.code}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
