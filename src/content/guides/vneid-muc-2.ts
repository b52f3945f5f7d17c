import type { Guide } from './schema';
import { SOURCES } from './sources';

export const level2AtPolice: Guide = {
  slug: 'dang-ky-vneid-muc-2',
  title: 'Đăng ký tài khoản VNeID mức 2 tại Công an cấp xã',
  audience: 'citizen',
  summary: 'Tài khoản mức 2 làm trực tiếp tại Công an xã, phường, đặc khu. Người đại diện tổ chức cần mức 2 để định danh tổ chức.',
  warnings: ['Công an cấp huyện đã thôi hoạt động từ 1/3/2025: hướng dẫn nào bảo “lên Công an huyện” là đã cũ.'],
  prerequisites: [
    'Thẻ căn cước công dân gắn chip hoặc thẻ căn cước mới (chưa có thẻ chip thì làm mức 2 cùng lúc cấp thẻ mới)',
    'Số điện thoại đứng tên chính mình',
    'Địa chỉ email (nếu có)',
  ],
  steps: [
    {
      title: 'Đến Công an cấp xã',
      detail:
        'Đến Công an xã, phường, đặc khu hoặc nơi làm thủ tục cấp thẻ căn cước. Một số trụ sở công an huyện cũ vẫn được dùng làm điểm tiếp nhận.',
      problems: [],
    },
    {
      title: 'Đưa thẻ và báo số điện thoại, email',
      detail: 'Đưa thẻ căn cước cho cán bộ, báo số điện thoại và email sẽ dùng cho tài khoản.',
      problems: [],
    },
    {
      title: 'Khai tờ khai nếu được yêu cầu',
      detail: 'Cán bộ có thể đề nghị điền tờ khai (mẫu TK01 theo Nghị định 69/2024).',
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
      check: 'Trong ứng dụng, tài khoản hiện là mức 2.',
      problems: [],
    },
  ],
  sources: [
    { label: 'Vietnam.vn — đăng ký mức 2 và đổi số điện thoại', url: 'https://www.vietnam.vn/en/huong-dan-cach-doi-so-dien-thoai-tren-vneid' },
    {
      label: 'Nghệ An 24h — dùng tài khoản định danh thay thẻ căn cước',
      url: 'http://nghean24h.vn/tu-hom-nay-duoc-dung-tai-khoan-dinh-danh-dien-tu-thay-can-cuoc-cong-dan-a682292.html',
    },
    SOURCES.districtPoliceEnded,
    { label: 'Lao Động — mẫu TK01 (chưa xác nhận cho công dân)', url: 'https://ja.laodong.vn/xa-hoi/ha-noi-bat-dau-thu-nhan-thong-tin-cap-dinh-danh-muc-2-cho-nguoi-nuoc-ngoai-1533850.ldo' },
    SOURCES.processingTimes,
    SOURCES.seedBinhDuong,
  ],
  checkedOn: '2026-11-23',
};
