import type { Guide } from './schema';
import { SOURCES } from './sources';

/**
 * Steps 1–4 use the old DVCQG login, which seeds 002/003 say citizens lost on
 * 15/6/2024; seed 004 (later in 2024) still describes them. They stay, flagged,
 * with the way out (the hotline) and seed 004's shortcut when the ID number is
 * already verified.
 */
export const linkDvcqgAccount: Guide = {
  slug: 'lien-ket-tai-khoan-dvcqg',
  title: 'Liên kết tài khoản Cổng Dịch vụ công cũ với VNeID',
  audience: 'citizen',
  summary:
    'Bạn đã có tài khoản Cổng Dịch vụ công quốc gia từ trước? Làm đúng thứ tự: số căn cước trên tài khoản cũ phải khớp dữ liệu dân cư trước, rồi mới đăng nhập bằng VNeID.',
  warnings: [
    'Nếu đăng nhập bằng VNeID khi số căn cước trên tài khoản cũ chưa được cập nhật, sẽ có 2 tài khoản và tài khoản mới không có các hồ sơ bạn đã nộp trước đây.',
  ],
  prerequisites: [
    'Tài khoản VNeID đã kích hoạt',
    'Tên đăng nhập và mật khẩu tài khoản Cổng Dịch vụ công cũ',
    'Điện thoại nhận được tin nhắn SMS của số đã đăng ký với tài khoản cũ',
  ],
  steps: [
    {
      title: 'Đăng nhập bằng tài khoản cũ',
      detail:
        'Vào dichvucong.gov.vn, đăng nhập bằng tên đăng nhập, mật khẩu cũ và mã OTP (mã gồm các chữ số trong tin nhắn SMS gửi tới điện thoại của bạn). Từ 15/6/2024 cổng chỉ cho đăng nhập bằng VNeID, nên có thể không còn nhận tài khoản cũ.',
      problems: [
        {
          problem: 'Cổng không còn nhận tài khoản cũ',
          fix: 'Đừng tạo thêm tài khoản. Gọi tổng đài 1900 0368 (có tính cước) để được hướng dẫn giữ lại hồ sơ cũ.',
        },
      ],
      unconfirmed: true,
    },
    {
      title: 'Mở “Thông tin định danh”',
      detail: 'Vào Thông tin cá nhân → Thông tin tài khoản → Thông tin định danh.',
      check: 'Nếu số căn cước đã có dấu tích xanh (đã khớp dữ liệu dân cư), bỏ qua bước 3 và 4, sang ngay bước 5.',
      problems: [],
      unconfirmed: true,
    },
    {
      title: 'Cập nhật số căn cước theo dữ liệu dân cư',
      detail: 'Bấm “Cập nhật từ CSDL Quốc gia về Dân cư” (cơ sở dữ liệu quốc gia về dân cư).',
      check: 'Các thông tin đã khớp dữ liệu dân cư có dấu tích xanh.',
      problems: [
        {
          problem: 'Thông tin chưa khớp, không có dấu tích xanh',
          fix: 'Kiểm tra lại số căn cước; nếu dữ liệu dân cư sai, điều chỉnh tại Công an xã rồi làm lại.',
        },
      ],
      unconfirmed: true,
    },
    {
      title: 'Bấm “Cập nhật” để lưu',
      detail: 'Bấm “Cập nhật” để lưu số căn cước vào tài khoản cũ.',
      problems: [],
      unconfirmed: true,
    },
    {
      title: 'Đăng nhập lại bằng VNeID',
      detail: 'Đăng xuất, rồi đăng nhập lại và chọn “Đăng nhập bằng VNeID”. Lần đăng nhập này liên kết hai tài khoản.',
      check: 'Các hồ sơ bạn đã nộp trước đây vẫn hiện trong tài khoản.',
      problems: [
        {
          problem: 'Đã đăng nhập bằng VNeID trước, không thấy hồ sơ cũ',
          fix: 'Đừng tạo thêm tài khoản. Gọi tổng đài 1900 0368 (có tính cước) để được hướng dẫn.',
        },
      ],
    },
  ],
  sources: [
    SOURCES.seedBinhDuong,
    {
      label: 'Cổng thông tin huyện Quế Sơn: hướng dẫn liên kết tài khoản',
      url: 'https://queson.quangnam.gov.vn/webcenter/portal/bactramy/pages_tin-tuc/chi-tiet?dDocName=PORTAL554861',
    },
    SOURCES.vpcp3701,
    SOURCES.seedBacGiang,
    SOURCES.seedHcm,
  ],
  checkedOn: '2026-11-30',
  staffNote:
    'Công văn của Bắc Giang và TP Hồ Chí Minh (2024) nói từ 15/6/2024 người dân chỉ đăng nhập Cổng Dịch vụ công bằng VNeID, nên bước 1–4 (đăng nhập bằng tài khoản cũ) có thể không còn làm được; công văn của Bình Dương (2024) vẫn mô tả hai bước. Nếu số căn cước đã có dấu tích xanh, người dân đăng nhập ngay bằng VNeID.',
};
