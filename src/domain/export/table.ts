import type { AdminUnits } from '../admin-units';
import type { Visit } from '../backup/schema';
import type { Organisation } from '../organisation';
import type { Status } from '../status';
import { kindLabels, statusLabels } from '../../i18n/labels';

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

const ORG_HEADER = ['Mã số thuế', 'Tên tổ chức', 'Loại hình', 'Địa chỉ', 'Mã xã, phường, đặc khu', 'Xã, phường, đặc khu', 'Người đại diện', 'Điện thoại', 'Trạng thái', 'Ghi chú'];
const ORG_CODES = [0, 4, 7];

export function organisationSheet(orgs: Organisation[], units: Pick<AdminUnits, 'commune'> | null): ExportSheet {
  const rows = orgs.map((o) =>
    [
      o.taxCode,
      o.name,
      kindLabels[o.kind],
      o.address,
      o.communeCode,
      units?.commune(o.communeCode)?.name ?? '',
      o.representativeName,
      localPhone(o.representativePhone),
      statusLabels[o.status],
      o.notes,
    ],
  );
  return { name: 'Tổ chức', header: ORG_HEADER, rows, codeColumns: ORG_CODES };
}

export function visitSheet(visits: Visit[], orgs: Map<string, Organisation>): ExportSheet {
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
        statusLabels[v.outcomeStatus as Status] ?? v.outcomeStatus,
        v.problems.join('; '),
        v.note,
        v.followUpDate ?? '',
      ];
    });
  return { name: 'Lần làm việc', header: ['Ngày', 'Mã số thuế', 'Tên tổ chức', 'Người làm việc', 'Kết quả', 'Vướng mắc', 'Ghi chú', 'Hẹn lại'], rows, codeColumns: [1] };
}
