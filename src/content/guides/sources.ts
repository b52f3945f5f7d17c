import type { GuideSource } from './schema';

/**
 * Sources quoted by more than one guide, named once. A letter is cited as
 * Vietnamese documents cite each other (type, number, date, issuer), taken
 * from the header of the seed copy in the shared seeds folder; `seed` keeps
 * that copy traceable for maintainers and is never shown to readers. Numbers
 * written "…/UBND-NC" are left blank on the copy we hold. Web pages are the
 * Vietnamese originals (domain-notes §1).
 */
export const SOURCES = {
  seedThanhHoa: {
    label: 'đề nghị sử dụng tài khoản định danh điện tử của cơ quan, tổ chức trên Cổng Dịch vụ công Quốc gia',
    letter: { type: 'Công văn', number: '…/HCC-HCQT', date: '12/2025', issuer: 'Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa' },
    seed: '000_904d7371c63966de.txt',
  },
  seedHue: {
    label: 'đẩy mạnh đăng ký, cấp tài khoản định danh điện tử cho cơ quan, tổ chức, doanh nghiệp',
    letter: { type: 'Công văn', number: '7218/UBND-TĐKT', date: '09/6/2025', issuer: 'UBND thành phố Huế' },
    seed: '001_cf47cc067950d83e.txt',
  },
  seedBacGiang: {
    label: 'chuyển đổi, sử dụng tài khoản VNeID trong thực hiện thủ tục hành chính',
    letter: { type: 'Công văn', number: '…/UBND-NC', date: '5/2024', issuer: 'UBND tỉnh Bắc Giang' },
    seed: '002_7d410227ae10d16f.txt',
  },
  seedHcm: {
    label: 'chuyển đổi, sử dụng tài khoản VNeID trong thực hiện thủ tục hành chính',
    letter: { type: 'Công văn', number: '…/VP-KSTT', date: '6/2024', issuer: 'Văn phòng UBND Thành phố Hồ Chí Minh' },
    seed: '003_ef38c4d44f189b02.txt',
  },
  seedBinhDuong: {
    label: 'sử dụng tài khoản VNeID để đăng ký, đăng nhập Cổng Dịch vụ công Quốc gia',
    letter: { type: 'Công văn', number: '…/STTTT-TTCNTT', date: '2024', issuer: 'Sở Thông tin và Truyền thông tỉnh Bình Dương' },
    seed: '004_457dff4a86c37e5e.txt',
  },
  /** Quoted in seeds 002 and 003, which forward it. */
  vpcp3701: {
    label: 'chuyển đổi, sử dụng tài khoản VNeID trong thực hiện thủ tục hành chính',
    letter: { type: 'Công văn', number: '3701/VPCP-KSTT', date: '29/5/2024', issuer: 'Văn phòng Chính phủ' },
  },
  /** Quoted in seeds 000 and 001 (Art. 40(4) word for word in 001's footnote); Art. 13 per domain-notes §1b. */
  decree69: {
    label: 'quy định về định danh và xác thực điện tử (Điều 12, 13; Điều 40 khoản 4)',
    letter: { type: 'Nghị định', number: '69/2024/NĐ-CP', date: '25/6/2024', issuer: 'Chính phủ' },
  },
  /** Named by the content review (11/2026) as the commune-level publication of the organisation procedure. */
  decision5709: {
    label: 'công bố thủ tục cấp tài khoản định danh điện tử cho cơ quan, tổ chức ở cấp xã',
    letter: { type: 'Quyết định', number: '5709/QĐ-BCA-C06', date: '1/7/2025', issuer: 'Bộ Công an' },
  },
  /** Art. 30: a change of legal representative is registered within 10 days (domain-notes §1d). */
  enterpriseLaw: {
    label: 'Luật Doanh nghiệp (Điều 30: đăng ký thay đổi trong 10 ngày)',
    letter: { type: 'Luật', number: '59/2020/QH14', date: '17/6/2020', issuer: 'Quốc hội' },
  },
  haNamLevel1: { label: 'Đề án 06 tỉnh Hà Nam: đăng ký tài khoản mức 1', url: 'https://dean06.hanam.gov.vn/tailieu/dk_t3.html' },
  haNamActivate: { label: 'Đề án 06 tỉnh Hà Nam: kích hoạt tài khoản', url: 'https://dean06.hanam.gov.vn/tailieu/dk_t5.html' },
  luatVietNamLogin: {
    label: 'LuatVietnam: nguyên nhân không đăng nhập được VNeID',
    url: 'https://luatvietnam.vn/hanh-chinh/nguyen-nhan-khong-dang-nhap-duoc-vneid-va-cach-khac-phuc-570-96324-article.html',
  },
  changePhone: {
    label: 'Báo Quốc tế: đổi số điện thoại trên VNeID và đăng ký mức 2',
    url: 'https://baoquocte.vn/huong-dan-cach-doi-so-dien-thoai-tren-vneid-234986.html',
  },
  changePhoneInApp: {
    label: 'Báo Pháp Luật TP.HCM: 2 cách thay đổi số điện thoại đăng ký VNeID',
    url: 'https://plo.vn/ky-nguyen-so/2-cach-thay-doi-so-dien-thoai-dang-ky-ung-dung-vneid-moi-nhat-post832648.html',
  },
  cardReplacement: {
    label: 'Nghệ An 24h: dùng tài khoản định danh thay thẻ căn cước',
    url: 'http://nghean24h.vn/tu-hom-nay-duoc-dung-tai-khoan-dinh-danh-dien-tu-thay-can-cuoc-cong-dan-a682292.html',
  },
  dongNaiLogin: {
    label: 'Sở VHTTDL Đồng Nai: đăng nhập Cổng Dịch vụ công bằng VNeID',
    url: 'https://svhttdl.dongnai.gov.vn/Pages/newsdetail.aspx?NewsId=2797&CatId=95',
  },
  districtPoliceEnded: {
    label: 'Báo Pháp Luật TP.HCM: không còn công an cấp huyện',
    url: 'https://plo.vn/khong-con-cong-an-cap-huyen-cap-can-cuoc-cong-dan-the-nao-post836663.html',
  },
  orgStepsInApp: { label: 'Luật Thiên An Minh: các bước định danh tổ chức trên VNeID', url: 'https://luatthienanminh.vn/?p=3293' },
  orgStepsC06: {
    label: 'VietNamNet: C06 hướng dẫn đăng ký tài khoản định danh cho cơ quan, tổ chức',
    url: 'https://vietnamnet.vn/cach-dang-ky-tai-khoan-dinh-danh-dien-tu-cho-co-quan-to-chuc-online-tren-vneid-2410944.html',
  },
  orgWhoSubmits: { label: 'HT Law: người nộp hồ sơ định danh tổ chức', url: 'https://htlaw.vn/?p=13847' },
  forgotPassword: {
    label: 'Dân trí: quên mật khẩu VNeID',
    url: 'https://dantri.com.vn/cong-nghe/cach-xu-ly-trong-truong-hop-quen-mat-khau-dang-nhap-ung-dung-vneid-20251203003057624.htm',
  },
  newPhone: {
    label: 'CafeF: đăng nhập VNeID trên điện thoại mới',
    url: 'https://cafef.vn/mot-luu-y-khi-dang-nhap-vneid-tren-dien-thoai-moi-ma-nguoi-dung-nen-nho-188250907144814501.chn',
  },
  registrationErrors: {
    label: 'Phụ nữ và Gia đình: lỗi khi đăng ký trên VNeID',
    url: 'https://www.phunuvagiadinh.vn/xa-hoi-168/cach-xu-ly-khi-gap-loi-ang-ky-tai-khoan-inh-danh-ien-tu-tren-ung-dung-vneid-539247',
  },
  foreignRep: {
    label: 'Dedica Law: người đại diện nước ngoài chưa có thẻ tạm trú',
    url: 'https://www.dedica-law.com/vie-faqs/doanh-nghiep-ket-khi-dinh-danh-dien-tu-vi-giam-doc-trung-quoc-chua-co-the-tam-tru',
  },
  householdTaxCode: {
    label: 'Lao Động: hộ kinh doanh dùng số định danh cá nhân làm mã số thuế (Thông tư 86/2024/TT-BTC)',
    url: 'https://news.laodong.vn/kinh-doanh/luu-y-quan-trong-ve-dang-ky-dia-diem-kinh-doanh-va-hoa-don-dien-tu-cua-ho-kinh-doanh-1586121.ldo',
  },
} as const satisfies Record<string, GuideSource>;
