import { changesOf, type DuplicateIndex } from '../../domain/import/plan';
import type { BuiltRows } from '../../domain/import/rows';
import type { ImportPreview } from './import-protocol';

/** Duplicates listed for a choice per row; the others follow the choice for all. */
const MAX_LISTED_DUPLICATES = 2000;

/** Counts, issues and the duplicates that would change their record, as the preview shows them. */
export function buildPreview(built: BuiltRows, index: DuplicateIndex, communeName: (code: string) => string): ImportPreview {
  const preview: ImportPreview = {
    total: built.total,
    importable: built.rows.length,
    rejected: built.rejected,
    warnings: built.issues.filter((i) => i.level === 'warning').length,
    duplicates: 0,
    unchanged: 0,
    issues: built.issues,
    listed: [],
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
