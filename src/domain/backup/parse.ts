import { organisationSchema } from '../organisation';
import { type Backup, BACKUP_FORMAT, BACKUP_VERSION, backupEnvelopeSchema, visitSchema } from './schema';

export type ParsedBackup = { ok: true; backup: Backup } | { ok: false; message: string };

const NOTHING = 'Chưa có gì thay đổi.';
export const MSG_NOT_BACKUP = `Tệp này không phải bản sao lưu của Sổ tay định danh điện tử (có thể của ứng dụng khác, hoặc bị hỏng). ${NOTHING}`;

export function newerVersionMessage(version: number): string {
  return `Bản sao lưu được tạo bởi phiên bản ứng dụng mới hơn (định dạng ${version}, ứng dụng này đọc được tới ${BACKUP_VERSION}). Hãy cập nhật ứng dụng (tải lại khi có mạng) rồi thử lại. ${NOTHING}`;
}

function fieldOf(path: PropertyKey[]): string {
  return path.map(String).join('.') || '(cả bản ghi)';
}

/**
 * Validates a backup or a teammate's file as a whole before anything is
 * written: one invalid record refuses the file and names that record.
 */
export function parseBackup(text: string): ParsedBackup {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, message: MSG_NOT_BACKUP };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT) return { ok: false, message: MSG_NOT_BACKUP };
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) return { ok: false, message: newerVersionMessage(version) };
  const envelope = backupEnvelopeSchema.safeParse(raw);
  if (!envelope.success) {
    const issue = envelope.error.issues[0]!;
    return { ok: false, message: `Bản sao lưu bị hỏng ở phần “${fieldOf(issue.path)}”. ${NOTHING}` };
  }
  const e = envelope.data;
  const organisations: Backup['organisations'] = [];
  for (let i = 0; i < e.organisations.length; i++) {
    const r = organisationSchema.safeParse(e.organisations[i]);
    if (!r.success) {
      const rec = e.organisations[i] as { name?: unknown; id?: unknown } | null;
      const label = typeof rec?.name === 'string' ? `“${rec.name}”` : `mã ${String(rec?.id ?? '?')}`;
      return { ok: false, message: `Bản sao lưu có bản ghi không hợp lệ: tổ chức thứ ${i + 1} (${label}), trường “${fieldOf(r.error.issues[0]!.path)}”. Không khôi phục phần nào. ${NOTHING}` };
    }
    organisations.push(r.data);
  }
  const visits: Backup['visits'] = [];
  for (let i = 0; i < e.visits.length; i++) {
    const r = visitSchema.safeParse(e.visits[i]);
    if (!r.success) return { ok: false, message: `Bản sao lưu có lần làm việc không hợp lệ: mục thứ ${i + 1}, trường “${fieldOf(r.error.issues[0]!.path)}”. ${NOTHING}` };
    visits.push(r.data);
  }
  return { ok: true, backup: { ...e, format: BACKUP_FORMAT, version: BACKUP_VERSION, organisations, visits } };
}
