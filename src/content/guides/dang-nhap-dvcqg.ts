import type { Guide } from './schema';
import { SOURCES } from './sources';

export const loginDvcqg: Guide = {
  slug: 'dang-nhap-dich-vu-cong-bang-vneid',
  title: 'Đăng nhập Cổng Dịch vụ công bằng VNeID',
  audience: 'citizen',
  summary:
    'Từ 15/6/2024 bạn chỉ đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản VNeID; cổng dịch vụ công của tỉnh cũng chuyển sang VNeID từ 1/7/2024.',
  prerequisites: [
    'Tài khoản VNeID đã kích hoạt',
    'Nếu bạn đã có tài khoản Cổng Dịch vụ công cũ: làm “Liên kết tài khoản” trước',
  ],
  steps: [
    {
      title: 'Bấm “Đăng nhập”',
      detail: 'Mở dichvucong.gov.vn (hoặc cổng dịch vụ công của tỉnh) và bấm “Đăng nhập”.',
      problems: [],
    },
    {
      title: 'Chọn tài khoản do Bộ Công an cấp',
      detail: 'Chọn “Tài khoản định danh điện tử cấp bởi Bộ Công an”.',
      problems: [],
    },
    {
      title: 'Nhập số định danh và mật khẩu, hoặc quét mã QR',
      detail:
        'Cách 1: nhập số định danh 12 chữ số, mật khẩu VNeID, rồi mã OTP (mã gồm các chữ số trong tin nhắn SMS gửi tới điện thoại của bạn). Cách 2 (tài khoản mức 2): dùng ứng dụng VNeID quét mã QR hiện trên màn hình.',
      check: 'Bạn vào được trang cá nhân trên cổng.',
      problems: [
        {
          problem: 'Quên mật khẩu VNeID',
          fix: 'Trong ứng dụng VNeID chọn “Quên mật khẩu” (xem hướng dẫn “Xử lý sự cố thường gặp với VNeID”).',
        },
      ],
    },
    {
      title: 'Cho phép đăng nhập trên web nếu cổng yêu cầu',
      detail:
        'Cổng kiểm tra tài khoản của bạn đã được cho phép đăng nhập trên web chưa. Nếu có thông báo chưa cho phép, tìm mục cho phép đăng nhập trong ứng dụng VNeID rồi thử lại.',
      problems: [
        {
          problem: 'Vẫn không đăng nhập được',
          fix: 'Gọi tổng đài 1900 0368 (có tính cước).',
        },
      ],
      unconfirmed: true,
    },
  ],
  sources: [SOURCES.dongNaiLogin, SOURCES.vpcp3701, SOURCES.seedBacGiang, SOURCES.seedHcm, SOURCES.seedBinhDuong],
  checkedOn: '2026-11-30',
};
