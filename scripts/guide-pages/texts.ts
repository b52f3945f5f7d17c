import { HOTLINE } from '../../src/content/guides/hotline';

/** Words of the public pages (citizens read these; staff-facing words are in src/i18n). */
export const pageText = {
  siteName: 'Hướng dẫn định danh điện tử VNeID',
  allGuides: 'Tất cả hướng dẫn',
  call: `Gọi tổng đài ${HOTLINE.display}`,
  callCharged: HOTLINE.charged,
  callIntro: 'Làm theo các bước trên mà vẫn vướng?',
  warning: 'Lưu ý',
  prepare: 'Cần chuẩn bị',
  steps: 'Các bước',
  situations: 'Các trường hợp thường gặp',
  check: 'Kiểm tra trước khi sang bước sau:',
  ifProblem: 'Nếu gặp:',
  unconfirmed: 'Thông tin này chưa được cơ quan có thẩm quyền xác nhận; nếu khác thực tế, hỏi Công an xã hoặc gọi 1900 0368 (có tính cước).',
  sources: 'Nguồn thông tin',
  checkedOn: 'Thông tin được kiểm tra lần cuối ngày',
  privacy: 'Trang này không thu thập thông tin cá nhân và không theo dõi người đọc.',
  indexIntro: 'Các hướng dẫn ngắn, từng bước, để bạn tự đăng ký và sử dụng tài khoản định danh điện tử.',
  audience: {
    organisation: 'Cho cơ quan, tổ chức, doanh nghiệp',
    citizen: 'Cho người dân',
  },
} as const;
