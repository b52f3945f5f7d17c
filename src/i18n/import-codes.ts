/** What the import says about tax codes and phone numbers, row by row (the row number is added in front). */
export const importCodeText = {
  taxScientific: (v: string) =>
    `Mã số thuế “${v}” đã bị Excel đổi thành dạng số mũ, không khôi phục được. Hãy định dạng cột là Văn bản (Text) và nhập lại mã đúng.`,
  taxTooLong: (v: string) => `Mã “${v}” dài hơn 15 chữ số: Excel đã làm hỏng các chữ số cuối, không khôi phục được.`,
  taxLostZero: (v: string) =>
    `Mã số thuế “${v}” chỉ có 9 chữ số — có thể Excel đã làm mất số 0 ở đầu (0${v}?). Đã nhập nguyên như trong tệp và đánh dấu; mở tổ chức để sửa hoặc ghi lý do giữ nguyên.`,
  taxKept: (v: string, problem: string) =>
    `Mã số thuế “${v}”: ${problem}. Đã nhập nguyên như trong tệp và đánh dấu; mở tổ chức để sửa hoặc ghi lý do giữ nguyên.`,
  personalLeftOut: (v: string, problem: string | null) =>
    `Mã “${v}” có 12 chữ số: đó là số định danh cá nhân của chủ hộ${problem ? ` (${problem})` : ''}. Số này không được nhập vì tệp không ghi nhận sự đồng ý của chủ hộ; nhập lại trong biểu mẫu khi chủ hộ đồng ý.`,
  phoneScientific: (v: string) => `Số điện thoại “${v}” đã bị Excel đổi thành dạng số mũ, không khôi phục được.`,
  phoneLostZero: (v: string, digits: string) =>
    `Số điện thoại “${v}” có 9 chữ số — có thể Excel đã làm mất số 0 ở đầu (0${digits}?). Đã nhập nguyên như trong tệp và đánh dấu.`,
  phoneKept: (v: string, problem: string) => `Số điện thoại “${v}” không đúng dạng (${problem}). Đã nhập nguyên như trong tệp và đánh dấu.`,
  /** Stored as the reason a flagged value is kept, until the user fixes the value or writes their own. */
  keptReason: 'Giữ nguyên như trong tệp nhập; chưa kiểm tra lại',
} as const;
