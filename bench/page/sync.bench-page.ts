// In-page part of the team sync figures (issue 14): the commune database's
// documents, built from organisations by the app's own `toOrgDoc`, so the seeded
// format is the one phones write and cannot drift from it.
import { generateDemoOrganisations } from '../../src/domain/demo-data';
import { toOrgDoc } from '../../src/domain/sync/docs';
import units from '../../src/generated/admin-units.json';

/** One real commune: a team's database holds its own commune's organisations. */
const COMMUNE = units.communes[0]![0] as string;
const NOW = Date.UTC(2026, 10, 23, 3);
let docs: ReturnType<typeof toOrgDoc>[] = [];

/** Builds `count` organisation documents (seeded: the same every run); returns how many. */
export function syncMakeDocs(count: number): number {
  const orgs = generateDemoOrganisations({ seed: 14, count, now: NOW, communes: [COMMUNE], by: 'Tổ trưởng' });
  docs = orgs.map((o) => toOrgDoc({ ...o, demo: false, notes: '' }));
  return docs.length;
}

/** Documents `from`…`to` (exclusive), for the runner to post to the server with `_bulk_docs`. */
export function syncDocs(from: number, to: number): ReturnType<typeof toOrgDoc>[] {
  return docs.slice(from, to);
}
