import type { Guide } from './schema';
import { SOURCES } from './sources';

export const level2AtPolice: Guide = {
  slug: 'dang-ky-vneid-muc-2',
  title: 'Đăng ký tài khoản VNeID mức 2 tại Công an xã',
  audience: 'citizen',
  summary:
    'Bạn làm tài khoản mức 2 trực tiếp tại Công an xã, phường, đặc khu. Người đại diện tổ chức cần mức 2 để đăng ký tài khoản cho tổ chức.',
  warnings: ['Công an cấp huyện đã thôi hoạt động từ 1/3/2025: hướng dẫn nào bảo “lên Công an huyện” là đã cũ.'],
  keyRequirement: 'Mang theo thẻ căn cước gắn chip',
  prerequisites: [
    'Thẻ căn cước công dân gắn chip hoặc thẻ căn cước mới (chưa có thẻ chip thì làm mức 2 cùng lúc cấp thẻ mới)',
    'Số điện thoại đứng tên chính bạn',
    'Địa chỉ email (nếu có)',
  ],
  steps: [
    {
      title: 'Đến Công an xã',
      detail:
        'Đến Công an xã, phường, đặc khu hoặc nơi làm thủ tục cấp thẻ căn cước. Một số trụ sở công an huyện cũ vẫn được dùng làm điểm tiếp nhận.',
      problems: [],
    },
    {
      title: 'Đưa thẻ và báo số điện thoại, email',
      detail: 'Đưa thẻ căn cước cho cán bộ, báo số điện thoại và email bạn sẽ dùng cho tài khoản.',
      problems: [],
    },
    {
      title: 'Khai tờ khai nếu được yêu cầu',
      detail: 'Cán bộ có thể đề nghị bạn điền tờ khai (mẫu TK01 theo Nghị định 69/2024/NĐ-CP).',
      problems: [],
      unconfirmed: true,
    },
    {
      title: 'Chụp ảnh, lấy vân tay, xác nhận đồng ý',
      detail: 'Cán bộ nhập thông tin, chụp ảnh chân dung, lấy vân tay, đối chiếu với dữ liệu căn cước và ghi nhận bạn đồng ý.',
      problems: [],
    },
    {
      title: 'Chờ kết quả',
      detail:
        'Kết quả gửi qua ứng dụng VNeID, tin nhắn SMS hoặc email: trong 3 ngày làm việc nếu thẻ còn hạn; trong 7 ngày làm việc nếu thẻ hết hạn hoặc chưa có thẻ.',
      problems: [],
    },
    {
      title: 'Kích hoạt tài khoản',
      detail: 'Khi có kết quả, làm theo hướng dẫn “Kích hoạt tài khoản VNeID”.',
      check: 'Trong ứng dụng, tài khoản của bạn hiện là mức 2.',
      problems: [],
    },
  ],
  sources: [
    SOURCES.changePhone,
    SOURCES.cardReplacement,
    SOURCES.districtPoliceEnded,
    SOURCES.decree69,
    SOURCES.seedBinhDuong,
  ],
  checkedOn: '2026-11-30',
};
