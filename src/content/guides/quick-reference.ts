/**
 * One screen for counter staff: the dates and rules they are asked about most,
 * each with where it comes from. Facts from the seed letters and domain-notes §1.
 */
export interface QuickFact {
  label: string;
  value: string;
  source: string;
}

export const keyDates: QuickFact[] = [
  { label: '15/6/2024', value: 'Người dân chỉ đăng ký, đăng nhập Cổng Dịch vụ công bằng VNeID.', source: 'Công văn Bắc Giang, TP HCM 2024' },
  { label: '1/3/2025', value: 'Công an cấp huyện thôi hoạt động; mức 2 và thẻ căn cước làm tại Công an cấp xã.', source: 'Báo PLO' },
  { label: '30/6/2025', value: 'Ngày cuối dùng tài khoản tổ chức cũ do Cổng Dịch vụ công hoặc hệ thống tỉnh cấp.', source: 'NĐ 69/2024, Điều 40 khoản 4' },
  { label: '1/7/2025', value: 'Tổ chức chỉ đăng nhập bằng tài khoản định danh điện tử của tổ chức.', source: 'Công văn Thanh Hóa 12/2025' },
];

export const keyRules: QuickFact[] = [
  { label: 'Mức 1', value: 'Tự làm trên ứng dụng, duyệt trong 1 ngày làm việc. Từ đủ 14 tuổi.', source: 'NĐ 69/2024, Điều 13' },
  { label: 'Mức 2', value: 'Tại Công an cấp xã; 3 ngày làm việc (7 ngày nếu thẻ hết hạn hoặc chưa có thẻ).', source: 'NĐ 69/2024, Điều 13' },
  {
    label: 'Tổ chức',
    value: 'Người đại diện hoặc người được ủy quyền, dùng tài khoản mức 2 của chính mình. Miễn phí. 3 ngày làm việc, tối đa 15 ngày nếu phải xác minh.',
    source: 'NĐ 69/2024, Điều 12–13',
  },
  { label: 'Liên kết', value: 'Cập nhật số căn cước trên tài khoản Cổng Dịch vụ công cũ trước, rồi mới đăng nhập bằng VNeID.', source: 'Công văn Bình Dương 2024' },
  { label: 'Số điện thoại', value: 'Một tài khoản gắn một số điện thoại đứng tên chính mình.', source: 'Hướng dẫn đổi số điện thoại VNeID' },
];
