import type { Guide } from './schema';
import { SOURCES } from './sources';

/**
 * Each "step" is one situation met while registering an organisation. There is
 * no official list of rejection reasons (domain-notes §1d): only the [C] rows
 * are stated without a flag.
 */
export const organisationTroubleshooting: Guide = {
  slug: 'xu-ly-su-co-to-chuc',
  title: 'Xử lý vướng mắc khi đăng ký tài khoản cho tổ chức',
  audience: 'organisation',
  summary: 'Các vướng mắc hay gặp khi đăng ký tài khoản định danh điện tử cho cơ quan, tổ chức, doanh nghiệp, kèm cách xử lý.',
  situations: true,
  keyRequirement: 'Cần VNeID mức 2 của người đại diện',
  prerequisites: ['Mã số thuế hoặc mã số doanh nghiệp của tổ chức', 'Điện thoại có VNeID của người nộp'],
  steps: [
    {
      title: 'Người nộp mới có tài khoản mức 1',
      detail: 'Không dùng được “Định danh tổ chức”. Đăng ký mức 2 tại Công an xã, kích hoạt lại, rồi nộp.',
      problems: [],
    },
    {
      title: 'Tổ chức có nhiều người đại diện theo pháp luật',
      detail: 'Những người đại diện còn lại phải đồng ý trước thì yêu cầu mới được xử lý.',
      problems: [],
    },
    {
      title: 'Người nộp không phải người đại diện',
      detail:
        'Người được ủy quyền nộp thay được, bằng tài khoản mức 2 của chính họ. Có cần giấy ủy quyền bằng văn bản hay không chưa được xác nhận: nên chuẩn bị sẵn.',
      problems: [],
      unconfirmed: true,
    },
    {
      title: 'Quá 3 ngày làm việc chưa có kết quả',
      detail:
        'Tổ chức chưa có trong cơ sở dữ liệu quốc gia hoặc chuyên ngành (như đăng ký doanh nghiệp, thuế) được xác minh thủ công, tối đa 15 ngày. Chưa có danh sách chính thức những loại tổ chức phải xác minh thủ công.',
      problems: [],
    },
    {
      title: 'Thông tin thuế, đăng ký kinh doanh chưa khớp với CSDL quốc gia về dân cư',
      detail:
        'Chưa có danh sách chính thức các lý do bị từ chối. Công văn của UBND thành phố Huế giao cơ quan tài chính, thuế phối hợp với Công an xử lý dữ liệu chưa khớp: liên hệ cơ quan thuế quản lý tổ chức hoặc cơ quan đăng ký kinh doanh để cập nhật, rồi gửi lại yêu cầu.',
      problems: [],
      unconfirmed: true,
    },
    {
      title: 'Đã đổi người đại diện nhưng chưa đăng ký thay đổi',
      detail:
        'Nếu hồ sơ đăng ký kinh doanh còn ghi người đại diện cũ, hoặc còn số chứng minh nhân dân 9 số, thông tin có thể chưa khớp. Đăng ký thay đổi với cơ quan đăng ký kinh doanh (trong 10 ngày kể từ khi thay đổi), rồi gửi lại yêu cầu.',
      problems: [],
      unconfirmed: true,
    },
    {
      title: 'Người đại diện là người nước ngoài',
      detail:
        'Người nước ngoài chưa có thẻ tạm trú thì chưa có tài khoản mức 2, nên yêu cầu của tổ chức bị từ chối. Xin thẻ tạm trú, hoặc ủy quyền cho một người Việt Nam có tài khoản mức 2 nộp thay.',
      problems: [],
      unconfirmed: true,
    },
    {
      title: 'Không tìm thấy tổ chức theo mã số',
      detail: 'Kiểm tra lại từng chữ số của mã số thuế, mã số doanh nghiệp với giấy chứng nhận đăng ký.',
      problems: [],
    },
  ],
  sources: [
    SOURCES.decree69,
    SOURCES.decision5709,
    SOURCES.orgStepsC06,
    SOURCES.orgWhoSubmits,
    SOURCES.seedHue,
    SOURCES.enterpriseLaw,
    SOURCES.foreignRep,
  ],
  checkedOn: '2026-11-30',
};
