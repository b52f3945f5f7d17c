import type { Guide } from './schema';
import { SOURCES } from './sources';

/** The same procedure as any organisation; what differs is who applies and how often the head changes. */
export const agenciesAndPublicUnits: Guide = {
  slug: 'co-quan-don-vi-su-nghiep',
  title: 'Cơ quan nhà nước, đơn vị sự nghiệp đăng ký tài khoản định danh',
  audience: 'organisation',
  summary:
    'Cơ quan, đơn vị sự nghiệp đăng ký như các tổ chức khác: người đứng đầu, hoặc người được ủy quyền, làm bằng tài khoản VNeID mức 2 của mình.',
  keyRequirement: 'Cần VNeID mức 2 của người đứng đầu',
  prerequisites: [
    'Người đứng đầu, hoặc người được ủy quyền, có tài khoản VNeID mức 2 đã kích hoạt',
    'Mã số thuế của cơ quan, đơn vị (nếu có)',
  ],
  steps: [
    {
      title: 'Đăng ký theo hướng dẫn chung',
      detail: 'Làm theo hướng dẫn “Đăng ký tài khoản định danh điện tử của tổ chức”, chọn đúng loại hình cơ quan, đơn vị.',
      problems: [],
    },
    {
      title: 'Chờ lâu hơn nếu phải xác minh',
      detail:
        'Nếu thông tin của đơn vị chưa có trong cơ sở dữ liệu quốc gia hoặc chuyên ngành, việc xác minh thủ công có thể mất tới 15 ngày.',
      problems: [],
    },
    {
      title: 'Khi thay người đứng đầu',
      detail:
        'Người đứng đầu mới được bổ nhiệm mà dữ liệu của đơn vị (ví dụ dữ liệu thuế) còn ghi người cũ thì thông tin sẽ chưa khớp. Cập nhật người đứng đầu với cơ quan quản lý dữ liệu đó trước khi nộp.',
      problems: [],
      unconfirmed: true,
    },
  ],
  sources: [SOURCES.decree69, SOURCES.orgStepsC06, SOURCES.orgWhoSubmits, SOURCES.seedHue],
  checkedOn: '2026-11-30',
};
