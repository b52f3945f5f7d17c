import type { Guide } from './schema';
import { SOURCES } from './sources';

/** Each "step" is one thing a reader may want to do, and which level it needs (seed 004, domain-notes §1). */
export const whatLevel2Gives: Guide = {
  slug: 'vneid-muc-2-dung-de-lam-gi',
  title: 'Tài khoản VNeID mức 1 và mức 2 khác nhau thế nào',
  audience: 'citizen',
  summary:
    'Mức 1 bạn tự đăng ký tại nhà, đủ để nộp hồ sơ dịch vụ công trực tuyến. Mức 2 làm tại Công an xã, cần cho các việc khác của VNeID.',
  situations: true,
  prerequisites: [],
  steps: [
    {
      title: 'Nộp hồ sơ dịch vụ công trực tuyến: mức 1 là đủ',
      detail: 'Với tài khoản mức 1, bạn đăng nhập Cổng Dịch vụ công và nộp hồ sơ trực tuyến được.',
      problems: [],
    },
    {
      title: 'Đăng ký tài khoản cho tổ chức, doanh nghiệp: cần mức 2',
      detail: 'Người đại diện (hoặc người được ủy quyền) phải dùng tài khoản mức 2 của chính mình.',
      problems: [],
    },
    {
      title: 'Đăng ký tài khoản cho con dưới 14 tuổi: cần mức 2',
      detail: 'Cha, mẹ hoặc người giám hộ đăng ký cho trẻ bằng tài khoản mức 2 của mình.',
      problems: [],
    },
    {
      title: 'Đăng nhập Cổng Dịch vụ công bằng cách quét mã QR: cần mức 2',
      detail: 'Dùng ứng dụng VNeID quét mã QR hiện trên màn hình máy tính thay cho nhập mật khẩu.',
      problems: [],
    },
    {
      title: 'Dùng tài khoản thay thẻ căn cước: cần mức 2',
      detail: 'Tài khoản mức 2 có giá trị như thẻ căn cước khi làm thủ tục, giao dịch.',
      problems: [],
    },
    {
      title: 'Muốn lên mức 2',
      detail: 'Đến Công an xã, phường, đặc khu với thẻ căn cước gắn chip. Xem hướng dẫn “Đăng ký tài khoản VNeID mức 2 tại Công an xã”.',
      problems: [],
    },
  ],
  sources: [
    SOURCES.seedBinhDuong,
    SOURCES.decree69,
    SOURCES.orgStepsC06,
    SOURCES.cardReplacement,
    SOURCES.dongNaiLogin,
  ],
  checkedOn: '2026-11-30',
};
