import type { Guide } from './schema';
import { SOURCES } from './sources';

export const level1InApp: Guide = {
  slug: 'dang-ky-vneid-muc-1',
  title: 'Đăng ký tài khoản VNeID mức 1 trên điện thoại',
  audience: 'citizen',
  summary: 'Bạn tự đăng ký tài khoản định danh điện tử mức 1 tại nhà bằng ứng dụng VNeID và thẻ căn cước gắn chip.',
  prerequisites: [
    'Thẻ căn cước công dân gắn chip hoặc thẻ căn cước mới',
    'Điện thoại có số thuê bao đứng tên chính bạn',
    'Bạn từ đủ 14 tuổi trở lên. Trẻ dưới 14 tuổi do cha, mẹ hoặc người giám hộ đăng ký bằng tài khoản mức 2 của chính họ.',
  ],
  steps: [
    {
      title: 'Cài ứng dụng VNeID',
      detail: 'Tải ứng dụng VNeID từ App Store (iPhone) hoặc Google Play (Android). Không cài từ đường dẫn người lạ gửi.',
      check: 'Ứng dụng mở được và hiện màn hình chính.',
      problems: [],
    },
    {
      title: 'Chọn “Đăng ký tài khoản mức 1”',
      detail: 'Trên màn hình chính chọn “Đăng ký tài khoản mức 1”, rồi “Bắt đầu” và “Tôi đã hiểu”.',
      problems: [],
    },
    {
      title: 'Đọc thẻ căn cước',
      detail:
        'Áp thẻ căn cước vào mặt sau điện thoại và giữ yên để ứng dụng đọc chip trong thẻ (cách đọc này gọi là NFC). Nếu điện thoại không đọc được theo cách này, ứng dụng chuyển sang quét mã QR in trên thẻ.',
      check: 'Thông tin trên thẻ hiện lên màn hình.',
      problems: [
        {
          problem: 'Không đọc được chip hoặc mã QR trên thẻ',
          fix: 'Tháo ốp lưng, giữ yên thẻ sát mặt sau điện thoại ở nơi đủ sáng rồi thử lại. Nếu vẫn lỗi, hỏi Công an xã.',
        },
      ],
    },
    {
      title: 'Kiểm tra thông tin hiển thị',
      detail: 'Đọc lại họ tên, số định danh cá nhân, ngày sinh trên màn hình.',
      check: 'Mọi thông tin đều đúng với thẻ.',
      problems: [
        {
          problem: 'Thông tin sai hoặc không khớp',
          fix: 'Dừng lại, không gửi. Mang thẻ đến Công an xã để điều chỉnh thông tin.',
        },
      ],
    },
    {
      title: 'Chụp ảnh chân dung',
      detail: 'Nhìn thẳng vào camera ở nơi đủ sáng. Nếu ảnh bị nghiêng hoặc mờ, chụp lại.',
      check: 'Ảnh rõ mặt, không nghiêng.',
      problems: [
        {
          problem: 'Ứng dụng không nhận khuôn mặt',
          fix: 'Ra chỗ sáng hơn, bỏ kính và mũ, giữ mặt thẳng trong khung rồi chụp lại.',
        },
      ],
    },
    {
      title: 'Gửi yêu cầu đăng ký',
      detail: 'Thêm email nếu muốn (không bắt buộc), rồi bấm “Xác nhận thông tin đăng ký”.',
      problems: [],
    },
    {
      title: 'Chờ tin nhắn, rồi kích hoạt',
      detail:
        'Bộ Công an duyệt yêu cầu (mức 1: trong 1 ngày làm việc) và gửi tin nhắn SMS từ “Cuc Canh sat QLHC ve TTXH…”. Khi có tin nhắn, làm theo hướng dẫn “Kích hoạt tài khoản VNeID”.',
      check: 'Bạn đã nhận tin nhắn báo kích hoạt.',
      problems: [],
    },
  ],
  sources: [
    SOURCES.haNamLevel1,
    SOURCES.seedBinhDuong,
    {
      label: 'Nghệ An 24h: đăng ký và kích hoạt tài khoản VNeID',
      url: 'https://nghean24h.vn/can-biet-huong-dan-dang-ky-va-kich-hoat-tai-khoan-dinh-danh-dien-tu-vneid-a701640.html',
    },
    SOURCES.decree69,
  ],
  checkedOn: '2026-11-30',
};
