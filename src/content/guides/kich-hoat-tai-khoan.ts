import type { Guide } from './schema';
import { SOURCES } from './sources';

export const activateAccount: Guide = {
  slug: 'kich-hoat-tai-khoan-vneid',
  title: 'Kích hoạt tài khoản VNeID',
  audience: 'citizen',
  summary: 'Sau khi được duyệt mức 1 hoặc mức 2, kích hoạt tài khoản để đăng nhập được.',
  prerequisites: ['Đã nhận tin nhắn báo tài khoản được duyệt', 'Điện thoại có số đã đăng ký, nhận được tin nhắn SMS'],
  steps: [
    {
      title: 'Chọn “Kích hoạt”',
      detail: 'Mở ứng dụng VNeID và chọn “Kích hoạt”.',
      problems: [],
    },
    {
      title: 'Nhập số định danh và số điện thoại',
      detail: 'Nhập số định danh cá nhân 12 chữ số (số trên thẻ căn cước) và số điện thoại đã đăng ký.',
      problems: [],
    },
    {
      title: 'Nhập mã OTP',
      detail: 'Nhập mã OTP trong tin nhắn SMS vừa nhận.',
      problems: [
        {
          problem: 'Số điện thoại không đứng tên mình nên không nhận được mã',
          fix: 'Hỏi Công an cấp xã, hoặc gọi 1900 0368 và bấm phím 4 để đổi số.',
        },
      ],
    },
    {
      title: 'Đặt mật khẩu',
      detail: 'Mật khẩu dài 8–20 ký tự, có đủ chữ hoa, chữ thường, chữ số và ký tự đặc biệt.',
      check: 'Người dân tự nhớ mật khẩu; không ai khác giữ hộ.',
      problems: [],
    },
    {
      title: 'Đặt mã passcode 6 số',
      detail: 'Chọn 6 chữ số và tự ghi nhớ; không cho người khác biết.',
      problems: [],
    },
    {
      title: 'Trả lời 2 câu hỏi bảo mật',
      detail: 'Chọn 2 câu hỏi bảo mật và nhập câu trả lời.',
      check: 'Đăng nhập thử được bằng số định danh và mật khẩu mới.',
      problems: [
        {
          problem: 'Đã được duyệt nhưng không đăng nhập được',
          fix: 'Tài khoản chưa kích hoạt xong: làm lại từ bước 1.',
        },
      ],
    },
  ],
  sources: [SOURCES.haNamActivate, SOURCES.luatVietNamLogin],
  checkedOn: '2026-11-23',
};
