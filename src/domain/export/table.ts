import type { AdminUnits } from '../admin-units';
import type { Organisation, OrgKind } from '../organisation';
import type { Status } from '../status';
import type { Visit } from '../visit';

/**
 * A sheet to write: header, rows of plain text, and which columns are codes
 * (kept as text, never numbers). Each file format applies its own formula guard.
 */
export interface ExportSheet {
  name: string;
  header: string[];
  rows: string[][];
  codeColumns: number[];
}

/** +84912345678 → 0912345678: the form people dial and spreadsheets show. */
export function localPhone(phone: string): string {
  return phone.startsWith('+84') ? `0${phone.slice(3)}` : phone;
}

const ORG_COLUMNS = ['taxCode', 'name', 'kind', 'address', 'communeCode', 'commune', 'representativeName', 'representativePhone', 'status', 'notes'] as const;
const ORG_CODES = [0, 4, 7];
const VISIT_COLUMNS = ['date', 'taxCode', 'name', 'by', 'outcome', 'problems', 'note', 'followUp'] as const;

/** The words of an export, from i18n: the domain decides the columns and their order, not their names. */
export interface ExportLabels {
  kinds: Record<OrgKind, string>;
  statuses: Record<Status, string>;
  organisations: { sheet: string; columns: Record<(typeof ORG_COLUMNS)[number], string> };
  visits: { sheet: string; columns: Record<(typeof VISIT_COLUMNS)[number], string> };
}

export function organisationSheet(orgs: Organisation[], units: Pick<AdminUnits, 'commune'> | null, labels: ExportLabels): ExportSheet {
  const rows = orgs.map((o) =>
    [
      o.taxCode,
      o.name,
      labels.kinds[o.kind],
      o.address,
      o.communeCode,
      units?.commune(o.communeCode)?.name ?? '',
      o.representativeName,
      localPhone(o.representativePhone),
      labels.statuses[o.status],
      o.notes,
    ],
  );
  const { sheet, columns } = labels.organisations;
  return { name: sheet, header: ORG_COLUMNS.map((c) => columns[c]), rows, codeColumns: ORG_CODES };
}

export function visitSheet(visits: Visit[], orgs: Map<string, Organisation>, labels: ExportLabels): ExportSheet {
  const rows = [...visits]
    .sort((a, b) => a.at - b.at)
    .map((v) => {
      const o = orgs.get(v.orgId);
      const when = new Date(v.at);
      return [
        `${String(when.getDate()).padStart(2, '0')}/${String(when.getMonth() + 1).padStart(2, '0')}/${when.getFullYear()}`,
        o?.taxCode ?? '',
        o?.name ?? '',
        v.by,
        labels.statuses[v.outcomeStatus as Status] ?? v.outcomeStatus,
        v.problems.join('; '),
        v.note,
        v.followUpDate ?? '',
      ];
    });
  const { sheet, columns } = labels.visits;
  return { name: sheet, header: VISIT_COLUMNS.map((c) => columns[c]), rows, codeColumns: [1] };
}
