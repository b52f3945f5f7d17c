import type { SummaryProblem, SummaryReplaced } from '../domain/rollup/accept';
import type { QuotaReadProblem } from '../domain/rollup/quota-file';
import { count } from './number';

/** The city/province roll-up (`/tien-do/tinh`), sending a commune's summary up, and quotas handed down. */
export const rollupText = {
  title: 'Tiến độ toàn tỉnh, thành phố',
  intro:
    'Mở các tệp tiến độ do xã, phường, đặc khu gửi lên (có thể chọn nhiều tệp một lúc hoặc kéo thả vào đây). Tệp chỉ chứa số liệu, không có tên, số điện thoại hay mã số thuế của tổ chức nào.',
  openFiles: 'Mở tệp tiến độ của xã, phường',
  dropHere: 'Kéo thả các tệp tiến độ vào đây',
  clear: 'Đóng mọi tệp đã mở',
  cleared: 'Đã đóng mọi tệp tiến độ.',
  empty: 'Chưa mở tệp tiến độ nào.',
  province: (name: string) => `Tỉnh, thành phố: ${name}`,
  opened: (n: number) => `Đã nhận số liệu của ${count(n)} xã, phường, đặc khu.`,
  rule: 'Mỗi xã, phường, đặc khu được so với chỉ tiêu cấp trên giao (nếu có), nếu không thì với chỉ tiêu xã đang dùng. Dòng tổng cộng là tổng các xã: "còn thiếu" là tổng số còn thiếu của từng xã theo chỉ tiêu của xã đó; tỷ lệ và chỉ tiêu % của dòng tổng theo Cài đặt của máy này. Số liệu cũ hơn 7 ngày được đánh dấu "cũ".',
  lastUpdated: 'Cập nhật',
  daysAgo: (n: number) => (n === 0 ? 'hôm nay' : `${count(n)} ngày trước`),
  stale: 'cũ',
  fromFile: 'Tệp',
  sentBy: 'Người gửi',
  missing: 'Chưa gửi số liệu',
  missingCount: (n: number) => `Chưa gửi số liệu: ${count(n)} xã, phường, đặc khu`,
  missingNone: 'Mọi xã, phường, đặc khu đã gửi số liệu.',
  missingLoading: 'Đang tải danh sách xã, phường…',
  chart: 'Tỷ lệ doanh nghiệp, HTX có tài khoản theo xã, phường (vạch: chỉ tiêu)',
  chartRow: (name: string, pct: string, target: number) => `${name}: ${pct}, chỉ tiêu ${target}%`,
  sortHint: 'Bấm tiêu đề cột để sắp xếp.',
  sortedBy: (column: string, dir: 'asc' | 'desc') => `Đang sắp xếp theo ${column}, ${dir === 'asc' ? 'tăng dần' : 'giảm dần'}`,
  behind: 'Mức đạt',
  printReport: 'Mở báo cáo toàn tỉnh để in (A4)',
  reportTitle: 'BÁO CÁO TIẾN ĐỘ CẤP TÀI KHOẢN ĐỊNH DANH ĐIỆN TỬ CHO CƠ QUAN, TỔ CHỨC, DOANH NGHIỆP TOÀN TỈNH, THÀNH PHỐ',
  backToRollup: 'Về trang tiến độ toàn tỉnh',
  openRollup: 'Xem tiến độ toàn tỉnh, thành phố (cấp trên)',
  following: (db: string) =>
    `Đang theo dõi cơ sở dữ liệu ${db} của tỉnh, thành phố: số liệu các xã gửi lên máy chủ được cập nhật tự động (chỉ đọc).`,
  followingStatus: 'Trạng thái đồng bộ',
  quotas: {
    title: 'Giao chỉ tiêu cho xã, phường',
    hint: 'Đặt chỉ tiêu và hạn chót cho một xã hoặc cho tất cả, rồi tải tệp chỉ tiêu để gửi về các xã. Xã mở tệp này trên máy của mình sẽ thấy chỉ tiêu mới.',
    commune: 'Áp dụng cho',
    all: 'Tất cả xã, phường, đặc khu trong tỉnh',
    enterprise: 'Doanh nghiệp, HTX (%)',
    other: 'Tổ chức khác (%)',
    deadline: 'Hạn chót',
    save: 'Lưu chỉ tiêu',
    saved: (n: number) => `Đã lưu chỉ tiêu cho ${count(n)} xã, phường, đặc khu.`,
    savedSent: (n: number) =>
      `Đã lưu chỉ tiêu cho ${count(n)} xã, phường, đặc khu; chỉ tiêu sẽ được gửi xuống các xã qua cơ sở dữ liệu của tỉnh khi có mạng.`,
    hintFollowing:
      'Đặt chỉ tiêu và hạn chót cho một xã hoặc cho tất cả. Chỉ tiêu đã lưu được gửi xuống từng xã qua cơ sở dữ liệu của tỉnh; vẫn có thể tải tệp chỉ tiêu để gửi cho xã chưa dùng máy chủ.',
    needProvince: 'Mở ít nhất một tệp tiến độ (hoặc chọn tỉnh trong Cài đặt) trước khi giao chỉ tiêu.',
    download: 'Tải tệp chỉ tiêu để gửi về xã',
    none: 'Chưa giao chỉ tiêu nào để gửi.',
  },
  send: {
    title: 'Gửi tiến độ cho cấp trên',
    hint: 'Tệp tiến độ chỉ có số liệu (số tổ chức theo trạng thái, theo nhóm, chỉ tiêu, hạn chót, số tài khoản được cấp mỗi tuần, vướng mắc theo lý do); không có tên, số điện thoại hay mã số thuế.',
    download: 'Tải tệp tiến độ',
    share: 'Chia sẻ tệp tiến độ…',
    nothing: 'Chưa có xã, phường nào có số liệu để gửi (cần ghi xã, phường cho các tổ chức hoặc chọn xã, phường trong Cài đặt).',
    made: (name: string) => `Đã tạo tệp ${name}.`,
    receive: 'Nhận tệp chỉ tiêu từ cấp trên',
  },
  quotaApplied: (by: string, date: string, communes: string) => `Đã nhận chỉ tiêu do ${by || 'cấp trên'} giao ngày ${date}: ${communes}.`,
  quotaSetBy: (by: string, date: string) => `Chỉ tiêu do ${by || 'cấp trên'} giao ngày ${date}.`,
  quotaLine: (name: string, ent: string, oth: string, deadline: string) => `${name} — doanh nghiệp, HTX ${ent}, tổ chức khác ${oth}, hạn chót ${deadline}`,
  quotaKeep: 'giữ như cũ',
  quotaNoCommune: (file: string) => `Tệp ${file} không có chỉ tiêu nào cho xã, phường của máy này. Không có gì thay đổi.`,
  quotaProblem: (problem: QuotaReadProblem, file: string) =>
    ({
      not_quota: `Tệp ${file} không phải tệp chỉ tiêu do cấp trên gửi. Không có gì thay đổi.`,
      newer_version: `Tệp ${file} được tạo bởi phiên bản mới hơn của ứng dụng. Hãy cập nhật ứng dụng rồi mở lại. Không có gì thay đổi.`,
      damaged: `Tệp ${file} là tệp chỉ tiêu nhưng bị hỏng hoặc có số liệu sai. Không có gì thay đổi.`,
    })[problem],
};

/** One sentence per refused file (or commune in it), naming the file and saying that nothing changed. */
export function summaryProblemText(p: SummaryProblem, communeName: (code: string) => string, provinceName: (code: string) => string): string {
  switch (p.code) {
    case 'not_summary':
      return `Tệp ${p.file} không phải tệp tiến độ do xã, phường gửi lên. Không có gì thay đổi.`;
    case 'newer_version':
      return `Tệp ${p.file} được tạo bởi phiên bản mới hơn của ứng dụng. Hãy cập nhật ứng dụng rồi mở lại. Không có gì thay đổi.`;
    case 'damaged':
      return `Tệp ${p.file} là tệp tiến độ nhưng bị hỏng hoặc có số liệu sai. Không có gì thay đổi.`;
    case 'other_province':
      return `Tệp ${p.file} là số liệu của ${provinceName(p.province)}, khác với ${provinceName(p.expected)} đang mở. Không có gì thay đổi.`;
    case 'older':
      return `Tệp ${p.file} có số liệu của ${communeName(p.commune)} cũ hơn tệp ${p.keptFile} đã mở: vẫn dùng tệp ${p.keptFile}.`;
    case 'duplicate':
      return `Tệp ${p.file} trùng với tệp ${p.keptFile} đã mở (${communeName(p.commune)}): vẫn dùng tệp ${p.keptFile}.`;
  }
}

export function summaryReplacedText(r: SummaryReplaced, communeName: (code: string) => string): string {
  return `${communeName(r.commune)}: dùng tệp ${r.file}, mới hơn tệp ${r.previousFile}.`;
}
