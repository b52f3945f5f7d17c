import type { AdminUnits } from '../../../domain/admin-units';
import type { CommuneGroup } from '../../../domain/import/communes';
import { changesOf, type DuplicateIndex } from '../../../domain/import/plan';
import type { BuiltRows } from '../../../domain/import/rows';
import type { CommuneGroupView, CommuneOption, ImportPreview } from './import-protocol';

/** Duplicates listed for a choice per row; the others follow the choice for all. */
const MAX_LISTED_DUPLICATES = 2000;
/** Commune groups listed for a choice; a longer list means the wrong province or column. */
const MAX_LISTED_GROUPS = 300;

type Units = Pick<AdminUnits, 'commune' | 'province' | 'provinces' | 'communes'>;

/**
 * A group's choices: its candidates, or for an unmatched text every commune of
 * the province (a list is from one province, so that list is short enough).
 */
function groupView(group: CommuneGroup, provinceCode: string, units: Units): CommuneGroupView {
  const option = (code: string): CommuneOption => {
    const c = units.commune(code);
    if (!c) return { code, name: code };
    return { code, name: provinceCode ? c.name : `${c.name}, ${units.province(c.provinceCode)?.name ?? ''}` };
  };
  const codes = group.candidates.length || !provinceCode ? group.candidates : units.communes.filter((c) => c.provinceCode === provinceCode).map((c) => c.code);
  const options = codes.map(option);
  if (!group.candidates.length) options.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  return { key: group.key, commune: group.commune, district: group.district, kind: group.kind, rows: group.rows, candidates: options };
}

/** Counts, issues, commune groups and the duplicates that would change their record, as the preview shows them. */
export function buildPreview(built: BuiltRows, index: DuplicateIndex, units: Units): ImportPreview {
  const communeName = (code: string) => (code && units.commune(code)?.name) || code;
  const preview: ImportPreview = {
    total: built.total,
    importable: built.rows.length,
    rejected: built.rejected,
    warnings: built.issues.filter((i) => i.level === 'warning').length,
    duplicates: 0,
    unchanged: 0,
    issues: built.issues,
    listed: [],
    province: built.province,
    provinces: units.provinces.map((p) => ({ code: p.code, name: p.name })),
    communeGroups: built.communeGroups.slice(0, MAX_LISTED_GROUPS).map((g) => groupView(g, built.province.code, units)),
    unlistedGroups: Math.max(0, built.communeGroups.length - MAX_LISTED_GROUPS),
  };
  for (const row of built.rows) {
    const match = index.find(row);
    if (!match) continue;
    preview.duplicates++;
    const changes = changesOf(match.org, row);
    if (changes.length === 0) preview.unchanged++;
    else if (preview.listed.length < MAX_LISTED_DUPLICATES) {
      preview.listed.push({
        line: row.line,
        name: row.name,
        by: match.by,
        existingId: match.org.id,
        existingName: match.org.name,
        changes: changes.map((c) => (c.field === 'communeCode' ? { ...c, from: communeName(c.from), to: communeName(c.to) } : c)),
      });
    }
  }
  return preview;
}
