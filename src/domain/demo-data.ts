import { toIsoDate } from './dates';
import type { Organisation, OrgKind } from './organisation';
import { MAIN_PATH, NOT_APPLICABLE_REASONS, PROBLEM_REASONS, type Status, type StatusChange } from './status';
import { taxCheckDigit } from './tax-code';

/**
 * A synthetic, deterministic registry for training and benchmarks. Every record
 * has `demo: true` and says so in its notes; names, people and streets are
 * made up from common Vietnamese words, tax codes only have a valid check digit.
 */

/** Three real communes (GSO codes, Hà Nội) the demo registry is spread over. */
export const DEMO_COMMUNES = ['00004', '00008', '00025'] as const;
export const DEMO_NOTE = 'Dữ liệu mẫu để tập huấn — không phải tổ chức có thật.';

/** mulberry32: a tiny seeded generator, so the same seed gives the same registry. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CORE = [
  'Phước Lộc', 'An Khang', 'Minh Phát', 'Hoà Bình', 'Thành Đạt', 'Việt Tiến', 'Đức Thịnh', 'Hưng Thịnh', 'Tân Phú',
  'Bảo Châu', 'Ngọc Lan', 'Quang Minh', 'Hoàng Long', 'Kim Ngân', 'Thuận Phát', 'Phú Gia', 'Đại Nam', 'Sao Mai',
  'Trường An', 'Hải Đăng', 'Ánh Dương', 'Thiên Ân', 'Gia Huy', 'Bình Minh', 'Đông Á', 'Tràng An', 'Sông Hồng', 'Hồng Hà',
];
const TRADES = [
  'Thương mại Dịch vụ', 'Xây dựng', 'Vận tải', 'Thực phẩm', 'Nông sản', 'May mặc', 'Cơ khí', 'Du lịch', 'Công nghệ',
  'Dược phẩm', 'Nội thất', 'In ấn',
];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương'];
const MIDDLE = ['Văn', 'Thị', 'Đức', 'Minh', 'Ngọc', 'Thanh', 'Quốc', 'Hữu', 'Thu', 'Xuân'];
const GIVEN = [
  'An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hạnh', 'Hoà', 'Hùng', 'Hương', 'Khánh', 'Lan', 'Linh', 'Long', 'Mai',
  'Nam', 'Nga', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Thủy', 'Trang', 'Tuấn', 'Việt', 'Yến',
];
const STREETS = [
  'Đội Cấn', 'Kim Mã', 'Liễu Giai', 'Giảng Võ', 'Ngọc Hà', 'Văn Cao', 'Đào Tấn', 'Nguyễn Thái Học', 'Quán Thánh',
  'Phan Đình Phùng', 'Hoàng Hoa Thám', 'Trần Huy Liệu', 'Núi Trúc', 'Cống Vị', 'Vạn Phúc',
];

/** Kinds in rough field proportions: mostly enterprises and household businesses. */
const KIND_WEIGHTS: [OrgKind, number][] = [
  ['enterprise', 45], ['household', 25], ['cooperative', 6], ['coop_union', 1], ['agency', 6],
  ['public_unit', 8], ['association', 5], ['coop_group', 4],
];
/** Statuses in the proportions of a campaign under way; every status occurs. */
const STATUS_WEIGHTS: [Status, number][] = [
  ['not_contacted', 30], ['informed', 20], ['guided', 15], ['submitted', 10], ['issued', 12], ['problem', 9],
  ['not_applicable', 4],
];

/** Real mobile prefixes (after the 0), so every demo phone passes the app's own validator. */
const MOBILE_PREFIXES = ['91', '98', '32', '35', '86', '88', '77', '70', '94', '39', '83', '56'];
const PUBLIC_UNITS = ['Trường Tiểu học', 'Trường Mầm non', 'Trạm Y tế', 'Trường THCS', 'Nhà Văn hoá'];
const AGENCIES = ['Ban Quản lý dự án', 'Phòng Kinh tế', 'Đội Quản lý trật tự đô thị'];
const ASSOCIATIONS = ['Hội Nông dân', 'Hội Cựu chiến binh', 'Hội Doanh nhân trẻ', 'Chi hội Phụ nữ'];

export interface DemoOptions {
  seed: number;
  count: number;
  /** "Now": follow-up dates and timestamps are spread around it. */
  now: number;
  communes?: readonly string[];
  /** Who the history says made the changes. */
  by?: string;
}

export function generateDemoOrganisations({ seed, count, now, communes = DEMO_COMMUNES, by = 'Dữ liệu mẫu' }: DemoOptions): Organisation[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const weighted = <T>(list: [T, number][]): T => {
    let r = rnd() * list.reduce((s, [, w]) => s + w, 0);
    for (const [v, w] of list) {
      r -= w;
      if (r < 0) return v;
    }
    return list[0]![0];
  };
  const person = () => `${pick(SURNAMES)} ${pick(MIDDLE)} ${pick(GIVEN)}`;
  const taxCode = (): string => {
    for (;;) {
      const first9 = `0${1 + Math.floor(rnd() * 9)}${String(Math.floor(1 + rnd() * 9_999_998)).padStart(7, '0')}`;
      const check = taxCheckDigit(first9);
      if (check !== null) return `${first9}${check}`;
    }
  };
  const nameOf = (kind: OrgKind): string => {
    const core = pick(CORE);
    switch (kind) {
      case 'enterprise':
        return `${pick(['Công ty TNHH', 'Công ty cổ phần', 'Công ty TNHH MTV'])} ${pick(TRADES)} ${core}`;
      case 'household':
        return `Hộ kinh doanh ${person()}`;
      case 'cooperative':
        return `Hợp tác xã ${pick(['Nông nghiệp', 'Dịch vụ', 'Vận tải', 'Môi trường'])} ${core}`;
      case 'coop_union':
        return `Liên hiệp Hợp tác xã ${core}`;
      case 'agency':
        return `${pick(AGENCIES)} khu vực ${core}`;
      case 'public_unit':
        return `${pick(PUBLIC_UNITS)} ${core}`;
      case 'association':
        return `${pick(ASSOCIATIONS)} ${core}`;
      default:
        return `Tổ hợp tác ${core}`;
    }
  };
  const day = 86_400_000;
  const out: Organisation[] = [];
  for (let i = 0; i < count; i++) {
    const kind = weighted(KIND_WEIGHTS);
    const status = weighted(STATUS_WEIGHTS);
    const createdAt = now - Math.floor(rnd() * 120) * day - Math.floor(rnd() * day);
    const history = historyTo(status, createdAt, now, by, rnd);
    const hasFollowUp = status !== 'issued' && status !== 'not_applicable' && rnd() < 0.5;
    const hasRep = rnd() < 0.85;
    const noTax = kind === 'agency' || kind === 'association' || ((kind === 'public_unit' || kind === 'coop_group') && rnd() < 0.5);
    const tax = noTax ? '' : kind === 'enterprise' && rnd() < 0.08 ? `${taxCode()}-00${1 + Math.floor(rnd() * 9)}` : taxCode();
    // An enterprise's "-NNN" code is one of its branches.
    const isBranch = tax.includes('-');
    const last = history[history.length - 1]!;
    out.push({
      id: `demo-${seed}-${i}`,
      taxCode: tax,
      name: isBranch ? `Chi nhánh ${nameOf(kind)}` : nameOf(kind),
      kind: isBranch ? 'branch' : kind,
      address: `Số ${1 + Math.floor(rnd() * 200)} ${pick(['phố', 'ngõ', 'đường'])} ${pick(STREETS)}`,
      communeCode: pick(communes),
      representativeName: hasRep ? person() : '',
      representativePhone: hasRep ? `+84${pick(MOBILE_PREFIXES)}${String(Math.floor(rnd() * 1e7)).padStart(7, '0')}` : '',
      consent: hasRep && rnd() < 0.6 ? { given: true, recordedBy: by, at: createdAt } : null,
      status,
      problemReason: status === 'problem' ? (last.reason as Organisation['problemReason']) : null,
      notApplicableReason: status === 'not_applicable' ? (last.reason as Organisation['notApplicableReason']) : null,
      statusNote: '',
      notes: DEMO_NOTE,
      followUpDate: hasFollowUp ? toIsoDate(new Date(now + Math.round((rnd() * 28 - 10) * day))) : null,
      statusHistory: history,
      createdAt,
      updatedAt: last.at,
      updatedBy: by,
      deletedAt: null,
      demo: true,
      importBatchId: null,
    });
  }
  return out;
}

/** A believable history ending in `status`: up the main path, then the side state if any. */
function historyTo(status: Status, from: number, now: number, by: string, rnd: () => number): StatusChange[] {
  const mainEnd = status === 'problem' ? 1 + Math.floor(rnd() * 3) : status === 'not_applicable' ? 0 : MAIN_PATH.indexOf(status);
  const steps: StatusChange[] = [];
  const span = Math.max(1, now - from);
  const at = (k: number, n: number) => from + Math.floor((span * k) / (n + 1));
  const total = mainEnd + 1 + (status === 'problem' || status === 'not_applicable' ? 1 : 0);
  for (let k = 0; k <= mainEnd; k++) steps.push({ status: MAIN_PATH[k]!, at: at(k, total), by });
  if (status === 'problem') steps.push({ status, at: at(total - 1, total), by, reason: PROBLEM_REASONS[Math.floor(rnd() * PROBLEM_REASONS.length)]! });
  if (status === 'not_applicable') steps.push({ status, at: at(total - 1, total), by, reason: NOT_APPLICABLE_REASONS[Math.floor(rnd() * NOT_APPLICABLE_REASONS.length)]! });
  return steps;
}
