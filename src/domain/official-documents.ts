import type { DocumentFields } from './document-link';

export interface OfficialDocument extends DocumentFields {
  /** Stable, so `/qr?d=<id>` links and printed counter screens keep working. */
  id: string;
}

/**
 * Guidance links named in the seed letters and domain notes (checked 23/11/2026).
 * Pre-filled once, marked official; staff may edit or delete them. A note is
 * for staff only: posters, flyers and the counter screen never show it.
 */
export const officialDocuments: OfficialDocument[] = [
  {
    id: 'vneid-huong-dan-dang-ky',
    title: 'Hướng dẫn đăng ký tài khoản VNeID',
    url: 'https://vneid.gov.vn/huongdan/huong-dan-dang-ky-tai-khoan-vneid.html',
    publisher: 'Trung tâm dữ liệu quốc gia về dân cư, Bộ Công an',
    note: 'Đường dẫn trích từ công văn của Sở TT&TT Bình Dương (2024); chưa kiểm tra trực tiếp — hãy mở thử trước khi in.',
  },
  {
    id: 'dvcqg',
    title: 'Cổng Dịch vụ công Quốc gia',
    url: 'https://dichvucong.gov.vn/',
    publisher: 'Văn phòng Chính phủ',
    note: 'Đăng nhập bằng tài khoản VNeID (công dân từ 15/6/2024, tổ chức từ 1/7/2025).',
  },
  {
    id: 'binh-duong-tai-lieu-lien-ket',
    title: 'Tài liệu hướng dẫn đăng nhập và liên kết tài khoản với VNeID',
    url: 'https://cloud.binhduong.gov.vn/index.php/s/LHQMOOHJmgzCggi',
    publisher: 'Sở Thông tin và Truyền thông tỉnh Bình Dương',
    note: 'Tài liệu tải về kèm công văn năm 2024.',
  },
  {
    id: 'ha-nam-dang-ky-muc-1',
    title: 'Đăng ký tài khoản định danh điện tử mức 1 trên ứng dụng VNeID',
    url: 'https://dean06.hanam.gov.vn/tailieu/dk_t3.html',
    publisher: 'Đề án 06 tỉnh Hà Nam',
    note: '',
  },
  {
    id: 'ha-nam-kich-hoat',
    title: 'Kích hoạt tài khoản định danh điện tử',
    url: 'https://dean06.hanam.gov.vn/tailieu/dk_t5.html',
    publisher: 'Đề án 06 tỉnh Hà Nam',
    note: 'Dùng cả sau khi được cấp tài khoản mức 2.',
  },
];
