import type { Guide } from './schema';
import { SOURCES } from './sources';

/**
 * The citizen's troubleshooting page; the slug stays (QR codes are printed
 * with it). Organisation problems are in xu-ly-su-co-to-chuc.
 */
export const troubleshooting: Guide = {
  slug: 'xu-ly-su-co',
  title: 'Xử lý sự cố thường gặp với VNeID',
  audience: 'citizen',
  summary: 'Các lỗi bạn hay gặp khi đăng ký, kích hoạt và đăng nhập VNeID, kèm cách xử lý. Vướng mắc của tổ chức có trang riêng.',
  situations: true,
  prerequisites: ['Thẻ căn cước và điện thoại của bạn'],
  steps: [
    {
      title: 'Số điện thoại không đứng tên bạn',
      detail:
        'Mỗi tài khoản chỉ gắn với một số điện thoại, đứng tên chính bạn. Trước hết, đến nhà mạng đăng ký thông tin thuê bao đứng tên bạn (hoặc dùng một số khác đã đứng tên bạn). Sau đó đổi số trên tài khoản: đến Công an xã, hoặc gọi 1900 0368 (có tính cước) rồi bấm phím 4 để gặp tổng đài viên. Đổi xong, kích hoạt lại bằng số mới (thường mất khoảng 7–10 ngày).',
      problems: [],
    },
    {
      title: 'Muốn tự đổi số điện thoại trong ứng dụng',
      detail:
        'Một số phiên bản ứng dụng VNeID có mục “Thay đổi số điện thoại” trong phần Cài đặt; số mới phải đứng tên bạn. Nếu không thấy mục này, đổi số tại Công an xã.',
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
      title: 'Đổi điện thoại mới, mã OTP gửi về máy cũ',
      detail:
        'Mỗi lúc tài khoản chỉ đăng nhập trên một điện thoại. Trên máy mới, chọn xác thực bằng thẻ căn cước: áp thẻ vào mặt sau điện thoại để máy đọc chip (NFC).',
      problems: [],
      unconfirmed: true,
    },
    {
      title: 'Đã được duyệt nhưng không đăng nhập được',
      detail: 'Thường là tài khoản chưa kích hoạt. Làm theo hướng dẫn “Kích hoạt tài khoản VNeID”.',
      problems: [],
    },
    {
      title: 'Thông tin trên ứng dụng không khớp với thẻ',
      detail: 'Mang thẻ căn cước đến Công an xã để điều chỉnh thông tin, rồi đăng ký lại.',
      problems: [],
      unconfirmed: true,
    },
    {
      title: 'Không chụp được khuôn mặt',
      detail: 'Ra chỗ đủ sáng, bỏ kính và mũ, nhìn thẳng vào camera rồi chụp lại.',
      problems: [],
      unconfirmed: true,
    },
    {
      title: 'Người nước ngoài muốn có tài khoản mức 2',
      detail:
        'Người nước ngoài cần thẻ tạm trú còn hạn và hộ chiếu. Nơi nhận hồ sơ chưa được xác nhận: hỏi Công an xã nơi bạn tạm trú trước khi đi.',
      problems: [],
      unconfirmed: true,
    },
  ],
  sources: [
    SOURCES.changePhone,
    SOURCES.changePhoneInApp,
    SOURCES.forgotPassword,
    SOURCES.newPhone,
    SOURCES.luatVietNamLogin,
    SOURCES.registrationErrors,
    SOURCES.foreignRep,
    SOURCES.seedBacGiang,
  ],
  checkedOn: '2026-11-30',
};
