import type { Guide } from './schema';
import { SOURCES } from './sources';

/** Whether branches register on their own is unconfirmed (domain-notes §6): the page says what is known and where to ask. */
export const branches: Guide = {
  slug: 'chi-nhanh-van-phong-dai-dien',
  title: 'Chi nhánh, văn phòng đại diện, địa điểm kinh doanh',
  audience: 'organisation',
  summary:
    'Chưa có hướng dẫn chính thức về việc chi nhánh, văn phòng đại diện có phải đăng ký tài khoản riêng hay không. Trang này nói điều đã biết và nơi hỏi.',
  prerequisites: ['Mã số thuế của doanh nghiệp chính và của chi nhánh'],
  steps: [
    {
      title: 'Nhận ra đơn vị phụ thuộc',
      detail:
        'Chi nhánh, văn phòng đại diện, địa điểm kinh doanh có mã số thuế 13 chữ số: 10 chữ số của doanh nghiệp chính, thêm 3 chữ số, thường viết dạng 0123456789-001.',
      problems: [],
    },
    {
      title: 'Doanh nghiệp chính đăng ký trước',
      detail:
        'Người đại diện theo pháp luật đăng ký tài khoản cho doanh nghiệp (mã số 10 chữ số) theo hướng dẫn “Đăng ký tài khoản định danh điện tử của tổ chức”.',
      problems: [],
    },
    {
      title: 'Hỏi trước khi đăng ký riêng cho chi nhánh',
      detail:
        'Chi nhánh có cần tài khoản riêng hay không chưa được xác nhận. Hỏi Công an xã nơi đặt trụ sở chính hoặc gọi 1900 0368 (có tính cước) trước khi làm.',
      problems: [],
      unconfirmed: true,
    },
  ],
  sources: [SOURCES.decree69, SOURCES.seedHue],
  checkedOn: '2026-11-30',
  staffNote:
    'Chỉ tiêu của Huế tính tổ chức “có trụ sở chính đóng trên địa bàn” (Công văn 7218/UBND-TĐKT): chi nhánh, văn phòng đại diện, địa điểm kinh doanh không nằm trong mẫu số doanh nghiệp.',
};
