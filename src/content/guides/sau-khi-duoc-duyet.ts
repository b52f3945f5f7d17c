import type { Guide } from './schema';
import { SOURCES } from './sources';

export const afterApproval: Guide = {
  slug: 'sau-khi-duoc-duyet',
  title: 'Tổ chức làm gì sau khi được cấp tài khoản',
  audience: 'organisation',
  summary:
    'Sau khi được duyệt, bạn dùng tài khoản định danh của tổ chức để nộp hồ sơ trực tuyến. Một số bước dưới đây chưa được xác nhận chính thức.',
  prerequisites: ['Thông báo duyệt qua VNeID, SMS hoặc email'],
  steps: [
    {
      title: 'Kiểm tra thông báo duyệt',
      detail: 'Mở ứng dụng VNeID của người nộp và xem tài khoản tổ chức đã được cấp.',
      check: 'Trong ứng dụng chuyển được sang vai trò tổ chức.',
      problems: [],
      unconfirmed: true,
    },
    {
      title: 'Đăng nhập Cổng Dịch vụ công bằng tài khoản tổ chức',
      detail:
        'Từ 1/7/2025 tổ chức chỉ đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử của tổ chức; tài khoản tổ chức cũ không còn dùng được. Các bước đăng nhập cụ thể chưa được xác nhận.',
      problems: [
        {
          problem: 'Không đăng nhập được',
          fix: 'Gọi tổng đài 1900 0368 (có tính cước).',
        },
      ],
      unconfirmed: true,
    },
    {
      title: 'Phân quyền cho nhân viên',
      detail:
        'Tổ chức có thể giao quyền trong tài khoản cho nhân viên như kế toán, nhân sự. Tên mục phân quyền chưa được xác nhận.',
      problems: [],
      unconfirmed: true,
    },
    {
      title: 'Giữ thông tin đăng ký luôn đúng',
      detail:
        'Khi thay người đại diện theo pháp luật hoặc người đại diện đổi giấy tờ tùy thân, đăng ký thay đổi với cơ quan đăng ký kinh doanh trong 10 ngày.',
      problems: [],
    },
  ],
  sources: [
    SOURCES.decree69,
    SOURCES.seedThanhHoa,
    {
      label: 'HMP Law: doanh nghiệp cần làm gì sau khi định danh',
      url: 'https://hmplaw.vn/en/what-businesses-need-to-do-after-level-2-electronic-identification',
    },
    SOURCES.enterpriseLaw,
  ],
  checkedOn: '2026-11-30',
};
