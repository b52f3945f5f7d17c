import type { ExportLabels } from '../domain/export/table';
import { kindLabels, statusLabels } from './labels';

/** Sheet names and column headers of exported files; kinds and statuses as every screen names them. */
export const exportLabels: ExportLabels = {
  kinds: kindLabels,
  statuses: statusLabels,
  organisations: {
    sheet: 'Tổ chức',
    columns: {
      taxCode: 'Mã số thuế',
      name: 'Tên tổ chức',
      kind: 'Loại hình',
      address: 'Địa chỉ',
      communeCode: 'Mã xã, phường, đặc khu',
      commune: 'Xã, phường, đặc khu',
      representativeName: 'Người đại diện',
      representativePhone: 'Điện thoại',
      status: 'Trạng thái',
      notes: 'Ghi chú',
    },
  },
  visits: {
    sheet: 'Lần làm việc',
    columns: {
      date: 'Ngày',
      taxCode: 'Mã số thuế',
      name: 'Tên tổ chức',
      by: 'Người làm việc',
      outcome: 'Kết quả',
      problems: 'Vướng mắc',
      note: 'Ghi chú',
      followUp: 'Hẹn lại',
    },
  },
};
