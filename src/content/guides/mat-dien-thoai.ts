import type { Guide } from './schema';
import { SOURCES } from './sources';

/** Each "step" is one situation. Unlocking an account has no source yet (domain-notes §1b): flagged. */
export const lostPhone: Guide = {
  slug: 'mat-dien-thoai-khoa-tai-khoan',
  title: 'Mất điện thoại, đổi số hoặc tài khoản VNeID bị khóa',
  audience: 'citizen',
  summary: 'Bạn mất điện thoại, muốn dùng số mới, hoặc không vào được tài khoản VNeID: làm gì trong từng trường hợp.',
  situations: true,
  prerequisites: ['Thẻ căn cước gắn chip của bạn'],
  steps: [
    {
      title: 'Mất điện thoại hoặc mất số, cần dùng số mới',
      detail:
        'Số mới phải đứng tên bạn. Đổi số trên tài khoản tại Công an xã, hoặc gọi 1900 0368 (có tính cước) rồi bấm phím 4 để gặp tổng đài viên. Đổi xong, kích hoạt lại bằng số mới (thường mất khoảng 7–10 ngày).',
      problems: [],
    },
    {
      title: 'Đăng nhập trên điện thoại mới, mã OTP lại gửi về máy cũ',
      detail:
        'Mỗi lúc tài khoản chỉ đăng nhập trên một điện thoại. Trên máy mới, chọn xác thực bằng thẻ căn cước: áp thẻ vào mặt sau điện thoại để máy đọc chip (NFC), thay cho mã OTP (mã trong tin nhắn).',
      problems: [],
      unconfirmed: true,
    },
    {
      title: 'Quên mật khẩu',
      detail:
        'Trong ứng dụng chọn “Quên mật khẩu”, nhập số định danh và số điện thoại, rồi họ tên, ngày sinh, ngày cấp thẻ, cuối cùng nhập mã OTP (mã gồm các chữ số trong tin nhắn SMS).',
      problems: [],
    },
    {
      title: 'Tài khoản bị khóa',
      detail:
        'Chưa có hướng dẫn chính thức về cách mở khóa tài khoản. Mang thẻ căn cước đến Công an xã, hoặc gọi 1900 0368 (có tính cước) để được hỗ trợ.',
      problems: [],
      unconfirmed: true,
    },
    {
      title: 'Lo người khác dùng tài khoản trên điện thoại bị mất',
      detail:
        'Báo ngay cho Công an xã hoặc gọi 1900 0368 (có tính cước). Không cho ai biết mật khẩu, passcode hay mã OTP (mã trong tin nhắn) của bạn.',
      problems: [],
      unconfirmed: true,
    },
  ],
  sources: [SOURCES.changePhone, SOURCES.newPhone, SOURCES.forgotPassword, SOURCES.luatVietNamLogin],
  checkedOn: '2026-11-30',
};
