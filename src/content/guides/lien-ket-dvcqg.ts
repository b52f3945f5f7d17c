import type { Guide } from './schema';
import { SOURCES } from './sources';

export const linkDvcqgAccount: Guide = {
  slug: 'lien-ket-tai-khoan-dvcqg',
  title: 'Liên kết tài khoản Cổng Dịch vụ công cũ với VNeID',
  audience: 'citizen',
  summary:
    'Đã có tài khoản Cổng Dịch vụ công quốc gia từ trước? Làm đúng thứ tự: cập nhật số căn cước theo dữ liệu dân cư trước, rồi mới đăng nhập bằng VNeID.',
  warnings: [
    'Nếu đăng nhập bằng VNeID trước khi cập nhật số căn cước, sẽ có 2 tài khoản và tài khoản mới không có các hồ sơ đã nộp trước đây.',
  ],
  prerequisites: [
    'Tài khoản VNeID đã kích hoạt',
    'Tên đăng nhập và mật khẩu tài khoản Cổng Dịch vụ công cũ',
    'Điện thoại nhận được tin nhắn SMS của tài khoản cũ',
  ],
  steps: [
    {
      title: 'Đăng nhập bằng tài khoản cũ',
      detail: 'Vào dichvucong.gov.vn, đăng nhập bằng tên đăng nhập, mật khẩu cũ và mã OTP gửi qua SMS.',
      problems: [],
    },
    {
      title: 'Mở “Thông tin định danh”',
      detail: 'Vào Thông tin cá nhân → Thông tin tài khoản → Thông tin định danh.',
      problems: [],
    },
    {
      title: 'Cập nhật số căn cước theo dữ liệu dân cư',
      detail: 'Bấm “Cập nhật từ CSDL Quốc gia về Dân cư”.',
      check: 'Các thông tin đã khớp dữ liệu dân cư có dấu tích xanh.',
      problems: [
        {
          problem: 'Thông tin không khớp, không có dấu tích xanh',
          fix: 'Kiểm tra lại số căn cước; nếu dữ liệu dân cư sai, điều chỉnh tại Công an cấp xã rồi làm lại.',
        },
      ],
    },
    {
      title: 'Bấm “Cập nhật” để lưu',
      detail: 'Bấm “Cập nhật” để lưu số căn cước vào tài khoản cũ.',
      problems: [],
    },
    {
      title: 'Đăng nhập lại bằng VNeID',
      detail: 'Đăng xuất, rồi đăng nhập lại và chọn “Đăng nhập bằng VNeID”. Lần đăng nhập này liên kết hai tài khoản.',
      check: 'Các hồ sơ đã nộp trước đây vẫn hiện trong tài khoản.',
      problems: [
        {
          problem: 'Đã đăng nhập bằng VNeID trước, hồ sơ cũ không thấy',
          fix: 'Không tự tạo thêm tài khoản. Gọi tổng đài 1900 0368 để được hướng dẫn.',
        },
      ],
    },
  ],
  sources: [
    SOURCES.seedBinhDuong,
    {
      label: 'Cổng thông tin huyện Quế Sơn — hướng dẫn liên kết tài khoản',
      url: 'https://queson.quangnam.gov.vn/webcenter/portal/bactramy/pages_tin-tuc/chi-tiet?dDocName=PORTAL554861',
    },
    SOURCES.seedBacGiang,
    SOURCES.seedHcm,
  ],
  checkedOn: '2026-11-23',
};
