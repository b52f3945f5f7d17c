import type { Guide } from './schema';
import { SOURCES } from './sources';

/**
 * The 12-digit tax code is confirmed (Circular 86/2024/TT-BTC); that the owner
 * works through a personal VNeID account, and which level, is not (domain-notes §2a).
 */
export const householdBusiness: Guide = {
  slug: 'ho-kinh-doanh',
  title: 'Hộ kinh doanh làm thủ tục trực tuyến bằng VNeID của chủ hộ',
  audience: 'organisation',
  summary:
    'Hộ kinh doanh dùng số định danh cá nhân của chủ hộ làm mã số thuế, và làm thủ tục trực tuyến bằng tài khoản VNeID của chủ hộ. Nên có mức 2.',
  keyRequirement: 'Nên có VNeID mức 2 của chủ hộ',
  prerequisites: ['Thẻ căn cước gắn chip của chủ hộ', 'Điện thoại có số đứng tên chủ hộ'],
  steps: [
    {
      title: 'Dùng số định danh cá nhân làm mã số thuế',
      detail:
        'Từ 1/7/2025, hộ kinh doanh dùng số định danh cá nhân 12 chữ số của chủ hộ (số in trên thẻ căn cước) làm mã số thuế. Mã số thuế 10 số cũ của hộ kinh doanh không dùng nữa từ sau 30/6/2025.',
      problems: [],
    },
    {
      title: 'Chủ hộ đăng ký VNeID, nên lên mức 2',
      detail:
        'Hộ kinh doanh không phải doanh nghiệp: chủ hộ dùng tài khoản VNeID cá nhân của mình. Mức 1 tự đăng ký tại nhà; nên làm mức 2 tại Công an xã để dùng được các việc khác.',
      problems: [],
      unconfirmed: true,
    },
    {
      title: 'Đăng nhập Cổng Dịch vụ công bằng VNeID của chủ hộ',
      detail: 'Làm theo hướng dẫn “Đăng nhập Cổng Dịch vụ công bằng VNeID”, dùng tài khoản của chủ hộ.',
      problems: [],
      unconfirmed: true,
    },
  ],
  sources: [SOURCES.householdTaxCode, SOURCES.seedBinhDuong, SOURCES.decree69],
  checkedOn: '2026-11-30',
};
