import type { Guide } from './schema';

export const level1InApp: Guide = {
  slug: 'dang-ky-vneid-muc-1',
  title: 'Đăng ký tài khoản VNeID mức 1 trên điện thoại',
  audience: 'citizen',
  summary: 'Tự đăng ký tài khoản định danh điện tử mức 1 bằng ứng dụng VNeID và thẻ căn cước gắn chip.',
  prerequisites: [
    'Thẻ căn cước công dân gắn chip hoặc thẻ căn cước mới',
    'Điện thoại có số thuê bao đứng tên chính mình',
    'Từ đủ 14 tuổi trở lên',
  ],
  steps: [
    {
      title: 'Cài ứng dụng VNeID',
      detail: 'Tải ứng dụng VNeID từ App Store hoặc Google Play.',
      check: 'Ứng dụng mở được và hiện màn hình đăng nhập.',
      problems: [],
    },
    {
      title: 'Chọn “Đăng ký tài khoản mức 1”',
      detail: 'Trên màn hình chính chọn “Đăng ký tài khoản mức 1”, rồi “Bắt đầu” và “Tôi đã hiểu”.',
      problems: [],
      unconfirmed: false,
    },
  ],
  sources: [{ label: 'Đề án 06 tỉnh Hà Nam — hướng dẫn đăng ký', url: 'https://dean06.hanam.gov.vn/tailieu/dk_t3.html' }],
  checkedOn: '2026-11-23',
};
