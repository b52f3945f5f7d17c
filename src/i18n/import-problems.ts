import type { FileProblem } from '../domain/import/file-problem';
import type { CodeProblem, RowProblem } from '../domain/import/row-problem';
import type { RowIssue } from '../domain/import/rows';
import { dataText } from './data';
import { phoneProblemText, taxCodeProblemText } from './form-problems';
import { importCodeText as t } from './import-codes';
import { count } from './number';

const mb = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('vi-VN', { maximumFractionDigits: 1 });

/** Why a whole file is refused, in the words the import screen shows. */
export function fileProblemText(p: FileProblem): string {
  switch (p.code) {
    case 'empty':
      return 'Tệp trống: không có dữ liệu nào để nhập.';
    case 'binary':
      return 'Tệp không phải văn bản CSV (có ký tự nhị phân). Hãy chọn tệp .csv hoặc .xlsx.';
    case 'legacyFont':
      return 'Tệp dùng bảng mã cũ (TCVN3 hoặc VNI), chữ tiếng Việt sẽ bị lỗi. Hãy mở tệp bằng Unikey Toolkit (chuyển mã sang “Unicode”), hoặc trong Excel đổi phông sang Unicode rồi “Lưu thành” CSV UTF-8, sau đó nhập lại. Chưa có gì được lưu.';
    case 'legacyXls':
      return dataText.import.legacyXls(p.file);
    case 'notXlsx':
      return 'Tệp không phải bảng tính .xlsx hợp lệ (có thể bị hỏng, chưa tải xong, hoặc là tệp khác đổi đuôi). Hãy mở tệp bằng Excel, “Lưu thành” .xlsx rồi nhập lại. Chưa có gì được lưu.';
    case 'zipBomb':
      return 'Tệp .xlsx khi giải nén lớn bất thường (có thể là tệp độc hại). Không nhập tệp này. Chưa có gì được lưu.';
    case 'noSheetData':
      return 'Bảng tính không có trang nào có dữ liệu. Chưa có gì được lưu.';
    case 'tooLarge':
      return `Tệp quá lớn (${mb(p.bytes)} MB); giới hạn là ${mb(p.maxBytes)} MB. Hãy chia danh sách thành nhiều tệp nhỏ hơn. Chưa có gì được lưu.`;
    case 'noHeader':
      return 'Không nhận ra dòng tiêu đề của bảng (cần các cột như “Tên doanh nghiệp”, “Mã số thuế”, “Địa chỉ”, “Xã/Phường”). Hãy kiểm tra đúng trang tính, hoặc thêm dòng tiêu đề rồi nhập lại. Chưa có gì được lưu.';
    case 'tooManyRows':
      return `Tệp có ${count(p.rows)} dòng, vượt giới hạn ${count(p.maxRows)} dòng. Hãy chia thành nhiều tệp.`;
  }
}

/** Shown while the column chosen as the name is missing. */
export const missingNameColumnText = 'Thiếu cột bắt buộc “Tên tổ chức / Tên doanh nghiệp”. Hãy chọn cột tương ứng bên dưới hoặc sửa tệp. Chưa có gì được lưu.';

function codeProblemText(p: CodeProblem): string {
  switch (p.code) {
    case 'taxScientific':
      return t.taxScientific(p.value);
    case 'taxTooLong':
      return t.taxTooLong(p.value);
    case 'taxLostZero':
      return t.taxLostZero(p.value);
    case 'taxKept':
      return t.taxKept(p.value, taxCodeProblemText[p.problem]);
    case 'personalLeftOut':
      return t.personalLeftOut(p.value, p.problem ? taxCodeProblemText[p.problem] : null);
    case 'phoneScientific':
      return t.phoneScientific(p.value);
    case 'phoneLostZero':
      return t.phoneLostZero(p.value, p.digits);
    case 'phoneKept':
      return t.phoneKept(p.value, phoneProblemText);
  }
}

function rowProblemText(p: RowProblem): string {
  switch (p.code) {
    case 'formulaCell':
      return `ô này là công thức Excel; đã lấy kết quả đang hiển thị (“${p.shown}”). Hãy kiểm tra lại.`;
    case 'nameMissing':
      return 'thiếu tên tổ chức.';
    case 'tooLong':
      return `quá dài (${p.length} ký tự, tối đa ${p.max}).`;
    case 'communeUnmatched':
      return `chưa xác định được xã, phường, đặc khu “${p.commune}”; để trống, giữ chữ gốc trong “Xã, phường theo danh sách”.`;
    case 'duplicateTaxCode':
      return `trùng mã số thuế ${p.taxCode} với dòng ${p.firstLine} trong cùng tệp; bỏ qua dòng này.`;
    default:
      return codeProblemText(p);
  }
}

/** One row's issue as the preview lists it: "Dòng 42: …". */
export function rowIssueText(issue: Pick<RowIssue, 'line' | 'problem'>): string {
  return `Dòng ${issue.line}: ${rowProblemText(issue.problem)}`;
}
