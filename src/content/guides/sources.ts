/**
 * Sources quoted by more than one guide, named once. Seeds are the official
 * letters in the shared seeds folder; URLs come from domain-notes §1.
 */
export const SOURCES = {
  seedThanhHoa: { label: 'Trung tâm Phục vụ hành chính công tỉnh Thanh Hóa, công văn 12/2025', seed: '000_904d7371c63966de.txt' },
  seedHue: { label: 'UBND thành phố Huế, công văn ngày 09/6/2025', seed: '001_cf47cc067950d83e.txt' },
  seedBacGiang: { label: 'UBND tỉnh Bắc Giang, công văn 5/2024', seed: '002_7d410227ae10d16f.txt' },
  seedHcm: { label: 'Văn phòng UBND TP Hồ Chí Minh, công văn 6/2024', seed: '003_ef38c4d44f189b02.txt' },
  seedBinhDuong: { label: 'Sở Thông tin và Truyền thông Bình Dương, công văn 2024', seed: '004_457dff4a86c37e5e.txt' },
  haNamLevel1: { label: 'Đề án 06 tỉnh Hà Nam — đăng ký tài khoản mức 1', url: 'https://dean06.hanam.gov.vn/tailieu/dk_t3.html' },
  haNamActivate: { label: 'Đề án 06 tỉnh Hà Nam — kích hoạt tài khoản', url: 'https://dean06.hanam.gov.vn/tailieu/dk_t5.html' },
  luatVietNamLogin: {
    label: 'LuatVietnam — nguyên nhân không đăng nhập được VNeID',
    url: 'https://luatvietnam.vn/hanh-chinh/nguyen-nhan-khong-dang-nhap-duoc-vneid-va-cach-khac-phuc-570-96324-article.html',
  },
  processingTimes: {
    label: 'Báo Nghệ An — thời hạn cấp tài khoản định danh (Nghị định 69/2024, Điều 13)',
    url: 'https://baonghean.vn/en/thoi-gian-cap-tai-khoan-dinh-danh-dien-tu-cho-doanh-nghiep-10300358.html',
  },
  changePhone: {
    label: 'Hướng dẫn đổi số điện thoại trên VNeID',
    url: 'https://vjs.vietnam.vn/en/huong-dan-cach-doi-so-dien-thoai-tren-ung-dung-vneid',
  },
  districtPoliceEnded: {
    label: 'Báo Pháp Luật TP.HCM — không còn công an cấp huyện',
    url: 'https://plo.vn/khong-con-cong-an-cap-huyen-cap-can-cuoc-cong-dan-the-nao-post836663.html',
  },
  orgStepsInApp: { label: 'Luật Thiên An Minh — các bước định danh tổ chức trên VNeID', url: 'https://luatthienanminh.vn/?p=3293' },
  orgWhoSubmits: { label: 'Báo Nghệ An — Công an tỉnh hướng dẫn định danh tổ chức', url: 'https://baonghean.vn/en/print/10288842.html' },
  orgLegalBasis: {
    label: 'Apolat Legal — định danh điện tử cho cơ quan, tổ chức',
    url: 'https://apolatlegal.com/announcement-of-electronic-identification-for-agencies-organizations',
  },
  repChangeDuty: {
    label: 'LawNet — cập nhật giấy tờ của người đại diện theo pháp luật',
    url: 'https://lawnet.vn/en/laws/must-enterprises-complete-the-procedures-for-updating-chip-based-citizen-identification-cards-for-le-166334.html',
  },
} as const;
