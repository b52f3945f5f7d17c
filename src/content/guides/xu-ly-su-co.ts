import type { Guide } from './schema';
import { SOURCES } from './sources';

/** Each "step" is one situation: what the person sees, and what to do about it. */
export const troubleshooting: Guide = {
  slug: 'xu-ly-su-co',
  title: 'Xử lý sự cố thường gặp với VNeID',
  audience: 'citizen',
  summary: 'Các lỗi hay gặp khi đăng ký, kích hoạt, đăng nhập VNeID và định danh tổ chức, kèm cách xử lý.',
  prerequisites: ['Thẻ căn cước và điện thoại của người cần hỗ trợ'],
  steps: [
    {
      title: 'Số điện thoại không đứng tên mình',
      detail:
        'Mỗi tài khoản chỉ gắn với một số điện thoại. Đổi số tại Công an cấp xã, hoặc gọi 1900 0368 và bấm phím 4. Sau khi đổi, kích hoạt lại bằng số mới (thường mất khoảng 7–10 ngày).',
      problems: [],
    },
    {
      title: 'Quên mật khẩu',
      detail:
        'Trong ứng dụng chọn “Quên mật khẩu”, nhập số định danh và số điện thoại, rồi họ tên, ngày sinh, ngày cấp thẻ, cuối cùng nhập mã OTP.',
      problems: [],
    },
    {
      title: 'Đổi điện thoại mới, mã OTP gửi về máy cũ',
      detail:
        'Tài khoản chỉ đăng nhập trên một thiết bị một lúc. Trên máy mới, chọn xác thực bằng NFC với thẻ căn cước gắn chip.',
      problems: [],
      unconfirmed: true,
    },
    {
      title: 'Đã được duyệt nhưng không đăng nhập được',
      detail: 'Thường là tài khoản chưa kích hoạt. Làm theo hướng dẫn “Kích hoạt tài khoản VNeID”.',
      problems: [],
    },
    {
      title: 'Thông tin không khớp dữ liệu dân cư',
      detail:
        'Cá nhân: điều chỉnh thông tin tại Công an cấp xã. Tổ chức: dữ liệu doanh nghiệp, dữ liệu thuế không khớp với dữ liệu dân cư thì liên hệ cơ quan thuế hoặc cơ quan đăng ký kinh doanh để cập nhật, rồi gửi lại yêu cầu.',
      problems: [],
    },
    {
      title: 'Người đại diện là người nước ngoài',
      detail:
        'Người nước ngoài chưa có thẻ tạm trú thì chưa có tài khoản mức 2, nên yêu cầu của tổ chức bị từ chối. Xin thẻ tạm trú, hoặc ủy quyền cho một người Việt Nam có tài khoản mức 2 nộp thay.',
      problems: [],
      unconfirmed: true,
    },
    {
      title: 'Đã đổi người đại diện nhưng chưa đăng ký thay đổi',
      detail:
        'Nếu hồ sơ đăng ký kinh doanh còn ghi người đại diện cũ, hoặc còn số CMND 9 số, thông tin sẽ không khớp. Đăng ký thay đổi với cơ quan đăng ký kinh doanh (trong 10 ngày kể từ khi thay đổi), rồi gửi lại yêu cầu.',
      problems: [],
      unconfirmed: true,
    },
    {
      title: 'Không chụp được khuôn mặt',
      detail: 'Ra chỗ đủ sáng, nhìn thẳng vào camera rồi chụp lại.',
      problems: [],
      unconfirmed: true,
    },
    {
      title: 'Vẫn chưa xử lý được',
      detail: 'Gọi tổng đài VNeID 1900 0368, bấm phím 4 để gặp tổng đài viên, hoặc đến Công an cấp xã.',
      problems: [],
    },
  ],
  sources: [
    SOURCES.changePhone,
    {
      label: 'Dân trí — quên mật khẩu VNeID',
      url: 'https://dantri.com.vn/cong-nghe/cach-xu-ly-trong-truong-hop-quen-mat-khau-dang-nhap-ung-dung-vneid-20251203003057624.htm',
    },
    {
      label: 'CafeF — đăng nhập VNeID trên điện thoại mới',
      url: 'https://cafef.vn/mot-luu-y-khi-dang-nhap-vneid-tren-dien-thoai-moi-ma-nguoi-dung-nen-nho-188250907144814501.chn',
    },
    SOURCES.luatVietNamLogin,
    SOURCES.seedHue,
    {
      label: 'Dedica Law — người đại diện nước ngoài chưa có thẻ tạm trú',
      url: 'https://www.dedica-law.com/vie-faqs/doanh-nghiep-ket-khi-dinh-danh-dien-tu-vi-giam-doc-trung-quoc-chua-co-the-tam-tru',
    },
    SOURCES.repChangeDuty,
    {
      label: 'Phụ nữ và Gia đình — lỗi khi đăng ký trên VNeID',
      url: 'https://www.phunuvagiadinh.vn/xa-hoi-168/cach-xu-ly-khi-gap-loi-ang-ky-tai-khoan-inh-danh-ien-tu-tren-ung-dung-vneid-539247',
    },
    SOURCES.seedBacGiang,
  ],
  checkedOn: '2026-11-23',
};
