import type { Guide } from './schema';
import { SOURCES } from './sources';

export const registerOrganisation: Guide = {
  slug: 'dinh-danh-to-chuc',
  title: 'Đăng ký tài khoản định danh điện tử của tổ chức',
  audience: 'organisation',
  summary:
    'Từ 1/7/2025 cơ quan, tổ chức, doanh nghiệp chỉ đăng nhập Cổng Dịch vụ công bằng tài khoản định danh điện tử của tổ chức. Đăng ký miễn phí, trên ứng dụng VNeID hoặc trực tiếp tại cơ quan Công an.',
  warnings: ['Tài khoản tổ chức cũ do Cổng Dịch vụ công hoặc hệ thống của tỉnh cấp chỉ dùng được đến hết 30/6/2025.'],
  keyRequirement: 'Cần VNeID mức 2 của người đại diện',
  prerequisites: [
    'Người nộp là người đại diện theo pháp luật hoặc người đứng đầu tổ chức, hoặc người được họ ủy quyền (có cần giấy ủy quyền bằng văn bản hay không thì chưa được xác nhận)',
    'Người nộp có tài khoản VNeID mức 2 của chính mình, đã kích hoạt',
    'Tổ chức có nhiều người đại diện theo pháp luật: những người còn lại đồng ý trước',
    'Mã số doanh nghiệp hoặc mã số thuế của tổ chức (nếu có)',
  ],
  steps: [
    {
      title: 'Đăng nhập VNeID, chọn “Định danh tổ chức”',
      detail:
        'Bạn (người nộp) đăng nhập ứng dụng VNeID bằng tài khoản mức 2 của mình và chọn “Định danh tổ chức”. Tên mục có thể hơi khác tùy phiên bản ứng dụng.',
      problems: [
        {
          problem: 'Bạn mới có tài khoản mức 1, không thấy “Định danh tổ chức”',
          fix: 'Đăng ký mức 2 tại Công an xã, kích hoạt, rồi làm lại.',
        },
      ],
    },
    {
      title: 'Chọn “Đăng ký định danh tổ chức”',
      detail:
        'Trên màn hình “Đổi tài khoản / Đổi vai trò tài khoản”, chọn “Đăng ký định danh tổ chức”. Khi được hỏi loại đăng ký, chọn lại “Đăng ký định danh tổ chức”.',
      problems: [],
    },
    {
      title: 'Xác nhận bằng passcode, vân tay hoặc khuôn mặt',
      detail: 'Nhập passcode (6 chữ số bạn đặt khi kích hoạt tài khoản), hoặc dùng vân tay, khuôn mặt (Face ID).',
      problems: [],
    },
    {
      title: 'Điền thông tin tổ chức',
      detail: 'Chọn loại hình tổ chức, nhập tên, mã số doanh nghiệp hoặc mã số thuế và các thông tin còn lại.',
      check: 'Mã số đúng từng chữ số với giấy chứng nhận đăng ký.',
      problems: [
        {
          problem: 'Không tìm thấy tổ chức theo mã số',
          fix: 'Kiểm tra lại mã số thuế, mã số doanh nghiệp; sai một chữ số là không tìm thấy.',
        },
        {
          problem: 'Tổ chức có nhiều người đại diện theo pháp luật',
          fix: 'Những người đại diện còn lại phải đồng ý trước khi gửi yêu cầu.',
        },
      ],
    },
    {
      title: 'Xác nhận và gửi yêu cầu',
      detail: 'Tích “Tôi xác nhận các thông tin trên là đúng…” rồi bấm “Gửi yêu cầu”.',
      check: 'Yêu cầu hiện là đã tạo và xem lại được.',
      problems: [],
    },
    {
      title: 'Theo dõi kết quả',
      detail:
        'Kết quả gửi qua VNeID, SMS hoặc email: trong 3 ngày làm việc nếu thông tin của tổ chức đã có trong cơ sở dữ liệu quốc gia hoặc cơ sở dữ liệu chuyên ngành (dữ liệu do các ngành quản lý, như đăng ký doanh nghiệp, thuế); tối đa 15 ngày nếu phải xác minh thêm. Nếu bị từ chối, có thông báo bằng văn bản, SMS hoặc tin nhắn tới tài khoản người nộp.',
      problems: [
        {
          problem: 'Quá 3 ngày làm việc chưa có kết quả',
          fix: 'Tổ chức chưa có trong các cơ sở dữ liệu được xác minh thủ công, tối đa 15 ngày. Chưa có danh sách chính thức những loại tổ chức phải xác minh thủ công.',
        },
        {
          problem: 'Bị từ chối vì thông tin chưa khớp',
          fix: 'Xem hướng dẫn “Xử lý vướng mắc khi đăng ký tài khoản cho tổ chức”.',
        },
      ],
    },
    {
      title: 'Cách khác: nộp tờ khai TK02 trực tiếp',
      detail:
        'Điền tờ khai mẫu TK02 (Nghị định 69/2024/NĐ-CP), mang theo thẻ căn cước của người nộp, nộp tại Công an xã hoặc cơ quan quản lý căn cước của Công an tỉnh.',
      problems: [],
      unconfirmed: true,
    },
    {
      title: 'Cách khác: trang thông tin định danh điện tử',
      detail:
        'Công văn của UBND thành phố Huế (6/2025) có nêu cách đăng ký qua “trang thông tin định danh điện tử” trên web. Địa chỉ trang và các bước chưa được xác nhận: hỏi Công an xã trước khi dùng.',
      problems: [],
      unconfirmed: true,
    },
  ],
  sources: [
    SOURCES.decree69,
    SOURCES.decision5709,
    SOURCES.seedThanhHoa,
    SOURCES.seedHue,
    SOURCES.orgStepsC06,
    SOURCES.orgStepsInApp,
    SOURCES.orgWhoSubmits,
  ],
  checkedOn: '2026-11-30',
};
