import type { TrackedField } from '../domain/team/change-log';
import { count } from './number';
import { detailText, orgFieldLabels } from './registry';


/** Team work: assignment, "Của tôi", per-member counts, change history, erasing personal data. */
export const teamWorkText = {
  assignee: 'Người phụ trách',
  nobody: 'Chưa giao cho ai',
  assignedTo: (name: string) => `Đang giao cho: ${name}`,
  memberName: 'Tên thành viên (chọn hoặc gõ tên mới)',
  assign: 'Giao việc',
  unassign: 'Bỏ giao',
  assigned: (name: string) => `Đã giao cho ${name}.`,
  unassigned: 'Đã bỏ giao.',
  nameNeeded: 'Chọn hoặc gõ tên người được giao.',
  bulkOpen: (k: number) => `Giao việc cả danh sách này (${count(k)} tổ chức)`,
  bulkTitle: 'Giao việc cả danh sách đang lọc',
  bulkNext: 'Tiếp tục',
  bulkConfirm: (k: number, name: string) =>
    `Giao ${count(k)} tổ chức trong danh sách đang lọc cho “${name}”? Người đang phụ trách các tổ chức này (nếu có) sẽ được thay.`,
  bulkApply: (k: number) => `Giao ${count(k)} tổ chức`,
  bulkDone: (k: number, name: string) => `Đã giao ${count(k)} tổ chức cho ${name}.`,
  cancel: 'Hủy',
  mine: 'Của tôi',
  mineNoName: 'Để dùng bộ lọc “Của tôi”, hãy nhập tên của bạn trong',
  members: {
    heading: 'Theo thành viên',
    weekFrom: (day: string) => `Tuần này tính từ thứ Hai ${day}.`,
    caption: 'Số tổ chức được giao và việc trong tuần của từng thành viên',
    name: 'Thành viên',
    assigned: 'Được giao',
    assignedIssued: 'Đã có tài khoản (trong số được giao)',
    assignedProblem: 'Đang vướng mắc (trong số được giao)',
    issuedThisWeek: 'Cấp tài khoản tuần này',
    visitsThisWeek: 'Lần làm việc tuần này',
    unassigned: (k: number) => `${count(k)} tổ chức chưa giao cho ai.`,
    none: 'Chưa có thành viên nào: hãy nhập tên của bạn trong Cài đặt, hoặc giao việc cho ai đó từ trang một tổ chức.',
  },
  history: {
    heading: 'Lịch sử thay đổi',
    none: 'Chưa có thay đổi nào được ghi từ khi thêm vào sổ.',
    unknownUser: 'không rõ người sửa',
    status: (from: string, to: string) => `Trạng thái: ${from} → ${to}`,
    fields: (labels: string[]) => `Sửa: ${labels.join(', ')}`,
    erased: 'Xóa dữ liệu cá nhân của người đại diện',
    otherField: 'trường khác',
  },
  erase: {
    heading: 'Dữ liệu cá nhân',
    action: 'Xóa dữ liệu cá nhân',
    explain:
      'Xóa họ tên, số điện thoại, ghi nhận đồng ý của người đại diện (và số định danh cá nhân dùng làm mã số thuế hộ kinh doanh) khỏi tổ chức này trên máy; tên và số của người đó cũng được cắt khỏi ghi chú và các lần làm việc, bản nháp liên quan bị xóa. Khi đồng bộ, việc xóa được áp dụng cho cả nhóm.',
    confirm: 'Xóa hẳn dữ liệu cá nhân của người đại diện? Không thể hoàn tác.',
    apply: 'Xóa hẳn',
    done: 'Đã xóa dữ liệu cá nhân của người đại diện.',
    nothing: 'Tổ chức này không còn dữ liệu cá nhân nào của người đại diện.',
    marker: (by: string, at: string) => `Dữ liệu cá nhân đã được xóa ngày ${at}${by ? ` bởi ${by}` : ''}.`,
  },
} as const;

/** A tracked field's name in the history, from the labels the detail page and the form already use. */
export const changeFieldLabels: Record<TrackedField, string> = {
  name: orgFieldLabels.name,
  taxCode: detailText.taxCode,
  kind: detailText.kind,
  address: detailText.address,
  communeCode: detailText.commune,
  listedCommune: detailText.listedCommune,
  representativeName: detailText.representative,
  representativePhone: detailText.phone,
  consent: detailText.consent,
  problemReason: detailText.problem,
  notApplicableReason: detailText.notApplicable,
  statusNote: detailText.statusNoteLabel,
  notes: detailText.notes,
  followUpDate: detailText.followUp,
  keptAsIs: orgFieldLabels.taxCodeKeep,
  assignee: teamWorkText.assignee,
  deletedAt: detailText.remove,
};
