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
  {
    label: '15/6/2024',
    value: 'Người dân chỉ đăng ký, đăng nhập Cổng Dịch vụ công quốc gia bằng VNeID.',
    source: 'Công văn 3701/VPCP-KSTT ngày 29/5/2024 của Văn phòng Chính phủ',
  },
  {
    label: '1/7/2024',
    value: 'Hạn chuyển tài khoản công dân trên hệ thống thủ tục hành chính của bộ, tỉnh sang VNeID.',
    source: 'Công văn của UBND tỉnh Bắc Giang (5/2024), Sở TT&TT Bình Dương (2024)',
  },
  { label: '1/3/2025', value: 'Công an cấp huyện thôi hoạt động; mức 2 và thẻ căn cước làm tại Công an xã.', source: 'Báo Pháp Luật TP.HCM' },
  {
    label: '30/6/2025',
    value: 'Ngày cuối dùng tài khoản tổ chức cũ do Cổng Dịch vụ công hoặc hệ thống tỉnh cấp.',
    source: 'NĐ 69/2024/NĐ-CP, Điều 40 khoản 4',
  },
  { label: '1/7/2025', value: 'Tổ chức chỉ đăng nhập bằng tài khoản định danh điện tử của tổ chức.', source: 'NĐ 69/2024/NĐ-CP, Điều 40 khoản 4' },
];

export const keyRules: QuickFact[] = [
  {
    label: 'Mức 1',
    value: 'Tự làm trên ứng dụng, duyệt trong 1 ngày làm việc. Từ đủ 14 tuổi. Đủ để nộp hồ sơ dịch vụ công trực tuyến.',
    source: 'NĐ 69/2024/NĐ-CP, Điều 13; công văn Bình Dương 2024',
  },
  {
    label: 'Mức 2',
    value: 'Tại Công an xã; 3 ngày làm việc (7 ngày nếu thẻ hết hạn hoặc chưa có thẻ). Cần để đăng ký cho tổ chức, cho con dưới 14 tuổi, đăng nhập bằng mã QR.',
    source: 'NĐ 69/2024/NĐ-CP, Điều 13',
  },
  {
    label: 'Tổ chức',
    value: 'Người đại diện hoặc người được ủy quyền, dùng tài khoản mức 2 của chính mình. Miễn phí. 3 ngày làm việc, tối đa 15 ngày nếu phải xác minh.',
    source: 'NĐ 69/2024/NĐ-CP, Điều 12–13',
  },
  { label: 'Liên kết', value: 'Cập nhật số căn cước trên tài khoản Cổng Dịch vụ công cũ trước, rồi mới đăng nhập bằng VNeID.', source: 'Công văn Bình Dương 2024' },
  {
    label: 'Số điện thoại',
    value: 'Một tài khoản gắn một số điện thoại đứng tên chính mình. Đổi số: Công an xã, hoặc 1900 0368 (có tính cước) bấm phím 4.',
    source: 'Hướng dẫn đổi số điện thoại VNeID',
  },
  { label: 'Hộ kinh doanh', value: 'Từ 1/7/2025 dùng số định danh cá nhân 12 chữ số của chủ hộ làm mã số thuế.', source: 'Thông tư 86/2024/TT-BTC' },
];
