import { HOTLINE } from '../../src/content/guides/hotline';

/** Words of the public pages (citizens read these; staff-facing words are in src/i18n). */
export const pageText = {
  siteName: 'Hướng dẫn định danh điện tử VNeID',
  allGuides: 'Tất cả hướng dẫn',
  call: `Gọi tổng đài ${HOTLINE.display}`,
  callHint: `bấm phím ${HOTLINE.operatorKey} để gặp tổng đài viên`,
  warning: 'Lưu ý',
  prepare: 'Cần chuẩn bị',
  steps: 'Các bước',
  check: 'Kiểm tra trước khi sang bước sau:',
  ifProblem: 'Nếu gặp:',
  unconfirmed: 'Chưa được xác nhận chính thức: tên mục có thể khác tùy phiên bản ứng dụng.',
  sources: 'Nguồn thông tin',
  seedDoc: 'văn bản gốc',
  checkedOn: 'Thông tin được kiểm tra lần cuối ngày',
  privacy: 'Trang này không thu thập thông tin cá nhân và không theo dõi người đọc.',
  indexIntro: 'Các hướng dẫn ngắn, từng bước, để tự đăng ký và sử dụng tài khoản định danh điện tử.',
  audience: {
    organisation: 'Cho cơ quan, tổ chức, doanh nghiệp',
    citizen: 'Cho người dân',
    staff: 'Cho cán bộ hướng dẫn',
  },
} as const;
