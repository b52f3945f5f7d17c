import { type ColumnMapping, missingRequired } from './fields';
import { detectHeader, type HeaderInfo } from './header';
import { MAX_ROWS } from './rows';

export type Analysis = { ok: true; header: HeaderInfo; dataRows: number } | { ok: false; message: string };

export const MSG_NO_HEADER =
  'Không nhận ra dòng tiêu đề của bảng (cần các cột như “Tên doanh nghiệp”, “Mã số thuế”, “Địa chỉ”, “Xã/Phường”). Hãy kiểm tra đúng trang tính, hoặc thêm dòng tiêu đề rồi nhập lại. Chưa có gì được lưu.';

export function missingColumnsMessage(mapping: ColumnMapping): string | null {
  const missing = missingRequired(mapping);
  return missing.length ? 'Thiếu cột bắt buộc “Tên tổ chức / Tên doanh nghiệp”. Hãy chọn cột tương ứng bên dưới hoặc sửa tệp. Chưa có gì được lưu.' : null;
}

/** Header found (below title rows), size checked; the mapping is a guess the user may change. */
export function analyseTable(table: string[][]): Analysis {
  const header = detectHeader(table);
  if (!header) return { ok: false, message: MSG_NO_HEADER };
  const dataRows = table.length - header.dataStart;
  if (dataRows > MAX_ROWS)
    return { ok: false, message: `Tệp có ${dataRows.toLocaleString('vi-VN')} dòng, vượt giới hạn ${MAX_ROWS.toLocaleString('vi-VN')} dòng. Hãy chia thành nhiều tệp.` };
  return { ok: true, header, dataRows };
}
