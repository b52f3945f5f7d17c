import type { Guide } from './schema';
import { SOURCES } from './sources';

/**
 * The commune's own part, from Huế's letter (seed 001 §2, §4, §6c) and Thanh
 * Hóa's (seed 000). Staff only: never a public page or a QR code. District
 * People's Committees assigned the quotas in 6/2025; they ended on 1/7/2025,
 * so who assigns them now is unconfirmed.
 */
export const communeWork: Guide = {
  slug: 'viec-cua-xa-phuong',
  title: 'Việc của xã, phường, đặc khu: rà soát, giao chỉ tiêu, phối hợp',
  audience: 'staff',
  summary:
    'Những việc xã, phường, đặc khu cần làm để mọi tổ chức đang hoạt động trên địa bàn được thông báo, hướng dẫn và cấp tài khoản, theo công văn của Huế và Thanh Hóa. Địa phương khác có thể giao việc khác.',
  prerequisites: ['Danh sách tổ chức đang hoạt động trên địa bàn (từ cơ quan thuế, tài chính)'],
  steps: [
    {
      title: 'Rà soát danh sách tổ chức đang hoạt động',
      detail:
        'Cùng cơ quan thuế, tài chính và Công an xã lập danh sách cơ quan, tổ chức, doanh nghiệp đang hoạt động có trụ sở chính trên địa bàn. Cơ quan thuế, tài chính cập nhật biến động (ngừng hoạt động, chuyển đi) để danh sách đúng. Nhập danh sách vào sổ ở mục Dữ liệu.',
      problems: [],
    },
    {
      title: 'Nhận chỉ tiêu của xã',
      detail:
        'Mỗi xã được giao chỉ tiêu riêng (ở Huế: tối thiểu 80% doanh nghiệp, hợp tác xã và 50% tổ chức khác). Từ 1/7/2025 không còn cấp huyện; cơ quan giao chỉ tiêu cho xã chưa được xác nhận. Ghi chỉ tiêu và hạn của xã ở mục Tiến độ.',
      problems: [],
      unconfirmed: true,
    },
    {
      title: 'Thông báo, hướng dẫn từng tổ chức',
      detail:
        'Mọi doanh nghiệp, hợp tác xã có trụ sở chính trên địa bàn phải được thông báo và hướng dẫn. Ghi mỗi lần làm việc trong sổ để biết tổ chức nào chưa được liên hệ.',
      problems: [],
    },
    {
      title: 'Phối hợp với Công an xã',
      detail:
        'Công an xã tham mưu UBND xã chỉ đạo rà soát, hướng dẫn, theo dõi và đôn đốc. Gửi Công an xã danh sách tổ chức đang vướng mắc.',
      problems: [],
    },
    {
      title: 'Chuyển vướng mắc dữ liệu cho cơ quan thuế, tài chính',
      detail:
        'Dữ liệu doanh nghiệp, dữ liệu thuế chưa khớp với CSDL quốc gia về dân cư do cơ quan tài chính, thuế phối hợp với Công an xử lý. Ghi rõ tên tổ chức, mã số thuế và điều chưa khớp.',
      problems: [],
    },
    {
      title: 'Báo cáo tiến độ và vướng mắc',
      detail: 'Theo dõi, báo cáo kịp thời kết quả và vướng mắc lên cấp trên; báo cáo in được ở mục Tiến độ.',
      problems: [],
    },
  ],
  sources: [SOURCES.seedHue, SOURCES.seedThanhHoa],
  checkedOn: '2026-11-30',
};
