import type { ImportField } from '../domain/import/fields';

const n = (x: number) => x.toLocaleString('vi-VN');

/** Strings of the data screen (/du-lieu): import, export, backup, merge, data safety. */
export const dataText = {
  title: 'Dữ liệu',
  import: {
    heading: 'Nhập danh sách tổ chức',
    intro: 'Chọn tệp Excel (.xlsx) hoặc CSV nhận từ cơ quan thuế, phòng kinh tế… Tệp được đọc ngay trên máy, không gửi đi đâu.',
    pick: 'Chọn tệp để nhập',
    stage: { reading: 'Đang đọc tệp…', parsing: 'Đang phân tích bảng…', checking: 'Đang kiểm tra từng dòng…' } as Record<string, string>,
    cancel: 'Huỷ',
    workerFailed: 'Không đọc được tệp (bộ xử lý bị dừng). Chưa có gì được lưu. Hãy thử lại.',
    delimiterName: (d: string) => (d === ';' ? 'phân cách bằng dấu chấm phẩy' : d === '\t' ? 'phân cách bằng tab' : 'phân cách bằng dấu phẩy'),
    defaultUser: 'nhập từ tệp',
    format: (f: string) => `Định dạng: ${f}`,
    mappingHeading: 'Cột trong tệp',
    mappingHint: 'Ứng dụng đã tự nhận cột theo tên; sửa nếu chưa đúng.',
    notMapped: '— không dùng —',
    fields: {
      name: 'Tên tổ chức (bắt buộc)',
      taxCode: 'Mã số thuế',
      kind: 'Loại hình',
      address: 'Địa chỉ',
      commune: 'Xã/Phường',
      representativeName: 'Người đại diện',
      representativePhone: 'Điện thoại',
      notes: 'Ghi chú',
    } satisfies Record<ImportField, string>,
    counts: {
      total: 'Số dòng dữ liệu',
      importable: 'Dòng nhập được',
      rejected: 'Dòng bị loại (lỗi)',
      warnings: 'Cảnh báo',
      duplicates: 'Trùng với sổ hiện có',
    },
    duplicatesHeading: 'Với các tổ chức đã có trong sổ',
    choices: { update: 'Cập nhật thông tin theo tệp', skip: 'Bỏ qua, giữ nguyên sổ', 'keep-both': 'Giữ cả hai (thêm bản mới)' },
    issuesHeading: 'Lỗi và cảnh báo theo dòng',
    moreIssues: (k: number) => `… và ${n(k)} mục nữa.`,
    level: { error: 'Lỗi', warning: 'Cảnh báo' },
    commit: (k: number) => `Nhập ${n(k)} dòng vào sổ`,
    committing: (done: number, total: number) => `Đang lưu ${n(done)} / ${n(total)}…`,
    done: (added: number, updated: number, skipped: number) => `Đã nhập: thêm ${n(added)}, cập nhật ${n(updated)}, bỏ qua ${n(skipped)}.`,
    cancelled: (added: number, updated: number) => `Đã huỷ giữa chừng. Phần đã lưu: thêm ${n(added)}, cập nhật ${n(updated)} — có thể hoàn tác bên dưới.`,
    failed: 'Nhập bị lỗi giữa chừng; phần đã lưu có thể hoàn tác bên dưới.',
    another: 'Nhập tệp khác',
  },
  history: {
    heading: 'Các lần nhập',
    empty: 'Chưa nhập tệp nào.',
    state: {
      running: 'đang nhập',
      interrupted: 'bị gián đoạn',
      done: 'hoàn tất',
      failed: 'lỗi giữa chừng',
      cancelled: 'đã huỷ giữa chừng',
      undone: 'đã hoàn tác',
    } as Record<string, string>,
    line: (file: string, when: string, state: string, added: number, updated: number, chunks: number) =>
      `${file} — ${when} — ${state}: thêm ${n(added)}, cập nhật ${n(updated)} (${n(chunks)} phần đã lưu)`,
    undo: 'Hoàn tác lần nhập này',
    confirmUndo: (file: string) => `Hoàn tác lần nhập “${file}”? Các tổ chức được thêm sẽ bị xoá, thông tin được cập nhật trở lại như trước.`,
    undone: 'Đã hoàn tác lần nhập.',
  },
} as const;
