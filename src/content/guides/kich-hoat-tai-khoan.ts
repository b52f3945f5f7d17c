import type { Guide } from './schema';
import { SOURCES } from './sources';

export const activateAccount: Guide = {
  slug: 'kich-hoat-tai-khoan-vneid',
  title: 'Kích hoạt tài khoản VNeID',
  audience: 'citizen',
  summary: 'Sau khi được duyệt mức 1 hoặc mức 2, bạn kích hoạt tài khoản để đăng nhập được.',
  prerequisites: ['Tin nhắn báo tài khoản của bạn đã được duyệt', 'Điện thoại có số đã đăng ký, nhận được tin nhắn SMS'],
  steps: [
    {
      title: 'Chọn “Kích hoạt”',
      detail: 'Mở ứng dụng VNeID và chọn “Kích hoạt”.',
      problems: [],
    },
    {
      title: 'Nhập số định danh và số điện thoại',
      detail: 'Nhập số định danh cá nhân 12 chữ số (số in trên thẻ căn cước) và số điện thoại đã đăng ký.',
      problems: [],
    },
    {
      title: 'Nhập mã OTP',
      detail: 'Mã OTP là mã gồm các chữ số trong tin nhắn SMS vừa gửi tới điện thoại của bạn. Nhập mã đó vào ứng dụng.',
      problems: [
        {
          problem: 'Số điện thoại không đứng tên bạn nên không nhận được mã',
          fix: 'Đổi số tại Công an xã, hoặc gọi 1900 0368 (có tính cước) rồi bấm phím 4 để gặp tổng đài viên đổi số.',
        },
      ],
    },
    {
      title: 'Đặt mật khẩu',
      detail: 'Mật khẩu dài 8–20 ký tự, có đủ chữ hoa, chữ thường, chữ số và ký tự đặc biệt (ví dụ @ hoặc #).',
      check: 'Tự ghi nhớ mật khẩu; không đưa cho ai, kể cả cán bộ hướng dẫn.',
      problems: [],
    },
    {
      title: 'Đặt mã passcode 6 số',
      detail: 'Passcode là 6 chữ số bạn tự chọn, dùng để mở nhanh ứng dụng và xác nhận các thao tác quan trọng. Tự ghi nhớ; không cho người khác biết.',
      problems: [],
    },
    {
      title: 'Trả lời 2 câu hỏi bảo mật',
      detail: 'Chọn 2 câu hỏi bảo mật và nhập câu trả lời.',
      check: 'Bạn đăng nhập thử được bằng số định danh và mật khẩu mới.',
      problems: [
        {
          problem: 'Đã được duyệt nhưng không đăng nhập được',
          fix: 'Tài khoản chưa kích hoạt xong: làm lại từ bước 1.',
        },
      ],
    },
  ],
  sources: [SOURCES.haNamActivate, SOURCES.luatVietNamLogin, SOURCES.changePhone],
  checkedOn: '2026-11-30',
};
