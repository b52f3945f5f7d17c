import type { BackupProblem, FieldPath, RecordRef } from '../domain/backup/problems';
import { BACKUP_VERSION } from '../domain/backup/schema';
import { dataText } from './data';
import { count } from './number';
import { detailText, formText, registryText } from './registry';
import { settingsText } from './settings';
import { teamWorkText } from './team-work';


const NOTHING = 'Không khôi phục, không gộp phần nào: chưa có gì thay đổi.';

/** Field names in backup messages, by the key they have in any record of the file (never shown raw). */
const FIELD_LABELS: Record<string, string> = {
  id: 'Mã bản ghi',
  taxCode: detailText.taxCode,
  name: formText.name,
  kind: detailText.kind,
  address: detailText.address,
  communeCode: detailText.commune,
  listedCommune: detailText.listedCommune,
  keptAsIs: 'Giá trị giữ nguyên',
  representativeName: detailText.representative,
  representativePhone: detailText.phone,
  consent: detailText.consent,
  given: 'Đồng ý',
  recordedBy: 'Người ghi',
  status: registryText.status,
  problemReason: 'Lý do vướng mắc',
  notApplicableReason: detailText.notApplicable,
  statusNote: detailText.statusNoteLabel,
  notes: detailText.notes,
  note: detailText.notes,
  followUpDate: detailText.followUp,
  statusHistory: detailText.history,
  at: 'Thời điểm',
  by: 'Người ghi',
  reason: detailText.reason,
  createdAt: detailText.created,
  updatedAt: 'Thời điểm cập nhật',
  updatedBy: 'Người cập nhật',
  deletedAt: 'Thời điểm xóa',
  assignee: teamWorkText.assignee,
  changes: teamWorkText.history.heading,
  fields: 'Trường đã sửa',
  from: 'Trạng thái trước',
  to: 'Trạng thái sau',
  erased: teamWorkText.history.erased,
  erasure: teamWorkText.erase.heading,
  demo: 'Dữ liệu mẫu',
  importBatchId: 'Lần nhập',
  mergedInto: 'Gộp vào tổ chức',
  orgId: 'Tổ chức',
  guideSlugs: 'Hướng dẫn đã dùng',
  stepsDone: 'Các bước đã làm',
  problems: 'Vướng mắc',
  outcomeStatus: 'Kết quả',
  userName: settingsText.userName,
  team: settingsText.team,
  provinceCode: settingsText.province,
  communeCodes: settingsText.communes,
  publicBaseUrl: settingsText.publicBaseUrl,
  targets: settingsText.targets,
  enterprisePct: settingsText.enterprisePct,
  otherPct: settingsText.otherPct,
  deadline: settingsText.deadline,
  demoData: settingsText.demo,
  code: 'Mã xã, phường, đặc khu',
  title: 'Tiêu đề',
  url: 'Địa chỉ liên kết',
  publisher: 'Nơi ban hành',
  official: 'Chính thức',
};

/** The parts of the file itself, where a key means something else than in a record (createdAt: when the file was made). */
const FILE_PARTS: Record<string, string> = {
  format: 'Định dạng tệp',
  version: 'Phiên bản định dạng',
  dataVersion: 'Phiên bản dữ liệu',
  createdAt: 'Thời điểm tạo tệp',
  deviceId: 'Mã máy tạo tệp',
  createdBy: 'Người tạo tệp',
  settings: settingsText.title,
  organisations: 'Danh sách tổ chức',
  visits: dataText.export.visits,
  communes: 'Chỉ tiêu xã, phường',
  documents: 'Tài liệu',
};

/** A path inside a record or the file, in Vietnamese: “Lịch sử trạng thái › mục 2 › Thời điểm”. Keys without a name are left out. */
/** A record field's name as a person reads it (the review list shows the same names as backup messages). */
export function fieldLabel(key: string): string {
  return FIELD_LABELS[key] ?? key;
}

function pathText(path: FieldPath, labels: Record<string, string> = FIELD_LABELS): string {
  const words: string[] = [];
  path.forEach((key, i) => {
    if (typeof key === 'number') words.push(`mục ${count(key + 1)}`);
    else {
      const label = (i === 0 ? labels : FIELD_LABELS)[key];
      if (label) words.push(label);
    }
  });
  return words.join(' › ') || 'cả bản ghi';
}

/** A record's name in a message, cut short: a refused name may be megabytes long. */
const short = (name: string) => (name.length > 80 ? `${name.slice(0, 79)}…` : name);
const record = (r: RecordRef) => `“${short(r.name)}” (mã ${r.id})`;
const date = (at: number) => new Date(at).toLocaleString('vi-VN');

/** Why a backup or teammate's file was refused, naming the record (name and id) and the field in Vietnamese. */
export function describeBackupProblem(p: BackupProblem): string {
  switch (p.code) {
    case 'not-backup':
      return 'Tệp này không phải bản sao lưu của Sổ tay định danh điện tử (có thể của ứng dụng khác, hoặc bị hỏng). Chưa có gì thay đổi.';
    case 'too-large':
      return `Tệp quá lớn: nội dung vượt quá ${count(Math.round(p.maxBytes / 1024 / 1024))} MB, lớn hơn mọi bản sao lưu thật (200.000 tổ chức chỉ khoảng 120 MB). Có thể tệp bị hỏng hoặc không phải bản sao lưu. Chưa có gì thay đổi.`;
    case 'newer-version':
      return `Bản sao lưu được tạo bởi phiên bản ứng dụng mới hơn (định dạng ${p.version}, ứng dụng này đọc được tới ${BACKUP_VERSION}). Hãy cập nhật ứng dụng (tải lại khi có mạng) rồi thử lại. Chưa có gì thay đổi.`;
    case 'damaged':
      return `Bản sao lưu bị hỏng ở phần “${pathText(p.path, FILE_PARTS)}”. ${NOTHING}`;
    case 'invalid-organisation': {
      const who = p.name !== null ? `“${short(p.name)}”${p.id !== null ? `, mã ${p.id}` : ''}` : `mã ${p.id ?? '?'}`;
      return `Bản sao lưu có bản ghi không hợp lệ: tổ chức thứ ${count(p.index + 1)} (${who}), trường “${pathText(p.path)}”. ${NOTHING}`;
    }
    case 'invalid-visit':
      return `Bản sao lưu có lần làm việc không hợp lệ: mục thứ ${count(p.index + 1)}, trường “${pathText(p.path)}”. ${NOTHING}`;
    case 'duplicate-id':
      return `Tệp có hai bản ghi cùng mã ${p.id}: “${short(p.names[0])}” và “${short(p.names[1])}”. Mỗi tổ chức chỉ được có một bản ghi; tệp có thể đã bị sửa tay hoặc bị hỏng. ${NOTHING}`;
    case 'duplicate-visit-id':
      return `Tệp có hai lần làm việc cùng mã ${p.id}; tệp có thể đã bị sửa tay hoặc bị hỏng. ${NOTHING}`;
    case 'alias-target-missing':
      return `Tổ chức ${record(p.record)} đã được gộp vào mã ${p.target}, nhưng tệp không có mã đó: tổ chức và các lần làm việc của nó sẽ bị mất dấu. ${NOTHING}`;
    case 'alias-chain':
      return `Tổ chức ${record(p.record)} được gộp vào ${record(p.target)}, nhưng tổ chức này cũng đã được gộp vào tổ chức khác. ${NOTHING}`;
    case 'alias-cycle':
      return p.records.length === 1
        ? `Tổ chức ${record(p.records[0]!)} được gộp vào chính nó, nên không mở được. ${NOTHING}`
        : `Tổ chức ${p.records.map(record).join(' và ')} được gộp vào nhau thành vòng, nên không mở được tổ chức nào. ${NOTHING}`;
    case 'text-too-long':
      return `Tổ chức ${record(p.record)}: “${pathText([p.field])}” dài ${count(p.length)} ký tự, tối đa ${count(p.max)}. ${NOTHING}`;
    case 'created-in-future':
      return `Tệp được tạo lúc ${date(p.createdAt)}, muộn hơn giờ trên máy này: đồng hồ của máy tạo tệp (hoặc của máy này) đang sai. Hãy chỉnh ngày giờ cho đúng, tạo lại tệp rồi thử lại. ${NOTHING}`;
  }
}
