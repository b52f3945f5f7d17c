import { KIND_NAMES } from '../domain/kind-names';
import type { OrgKind } from '../domain/organisation';
import type { NotApplicableReason, ProblemReason, Status } from '../domain/status';

/**
 * The names of kinds, statuses and reasons, used on every screen, in exports
 * and in reports: one table each, so a status reads the same everywhere (and an
 * exported kind label imports back as the same kind: kinds are shown by the
 * names the import recognises, which the domain owns).
 */
export const kindLabels: Record<OrgKind, string> = KIND_NAMES;

export const statusLabels: Record<Status, string> = {
  not_contacted: 'Chưa liên hệ',
  informed: 'Đã thông báo',
  guided: 'Đã hướng dẫn',
  submitted: 'Đã nộp hồ sơ',
  issued: 'Đã được cấp tài khoản',
  problem: 'Vướng mắc',
  not_applicable: 'Không áp dụng',
};

export const problemReasonLabels: Record<ProblemReason, string> = {
  rep_lacks_level2: 'Người đại diện chưa có VNeID mức 2',
  data_mismatch: 'Thông tin thuế, đăng ký kinh doanh chưa khớp với CSDL quốc gia về dân cư',
  rep_changed_unregistered: 'Đổi người đại diện nhưng chưa đăng ký thay đổi',
  foreign_rep: 'Người đại diện là người nước ngoài',
  several_reps_consent: 'Nhiều người đại diện, chưa đủ đồng ý',
  phone_not_own: 'Số điện thoại không chính chủ',
  not_in_databases: 'Chưa có trong cơ sở dữ liệu quốc gia',
  refused: 'Tổ chức chưa đồng ý thực hiện',
  dossier_rejected: 'Hồ sơ bị từ chối',
  unreachable: 'Không liên lạc được',
  other: 'Lý do khác',
};

export const notApplicableLabels: Record<NotApplicableReason, string> = {
  ceased: 'Đã ngừng hoạt động',
  duplicate: 'Trùng với tổ chức khác',
  out_of_area: 'Ngoài địa bàn',
  suspended: 'Tạm ngừng kinh doanh',
  not_at_address: 'Không hoạt động tại địa chỉ đăng ký',
  dependent_unit: 'Đơn vị phụ thuộc',
};

export const reasonLabels: Record<ProblemReason | NotApplicableReason, string> = {
  ...problemReasonLabels,
  ...notApplicableLabels,
};
