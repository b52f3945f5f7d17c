// Deterministic rows shaped like the lists of active organisations communes
// receive, shared by scripts/gen-fixtures.mjs (test files) and the import
// benchmark (100,000-row files). Plain JS so both Node scripts can use it.

export const HEADER = ['STT', 'Tên doanh nghiệp', 'Mã số thuế', 'Địa chỉ', 'Xã/Phường', 'Người đại diện', 'Điện thoại', 'Loại hình'];
export const TITLE_ROWS = [['UBND PHƯỜNG BA ĐÌNH'], ['DANH SÁCH TỔ CHỨC, DOANH NGHIỆP ĐANG HOẠT ĐỘNG'], ['(Tính đến ngày 30/09/2026)'], []];
export const COMMUNES = ['Phường Ba Đình', 'P. Ngọc Hà', 'phường Giảng Võ', 'Hoàn Kiếm', 'Phường Cửa Nam', 'Phường Tây Hồ'];

const PREFIXES = [
  ['Công ty TNHH', 'Công ty'],
  ['Công ty Cổ phần', 'Công ty'],
  ['Hợp tác xã', 'Hợp tác xã'],
  ['Doanh nghiệp tư nhân', 'Doanh nghiệp'],
  ['Hộ kinh doanh', 'Hộ kinh doanh'],
];
const WORDS = ['Phước Lộc', 'An Bình', 'Hòa Phát', 'Thành Đạt', 'Minh Khoa', 'Đức Huy', 'Sông Hồng', 'Ngọc Hà', 'Quảng Bá', 'Thủy Tiên', 'Việt Hưng', 'Bách Khoa'];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi'];
const GIVEN = ['Văn Đức', 'Thị Hồng', 'Minh Tuấn', 'Thu Hà', 'Quốc Việt', 'Ngọc Ánh', 'Hữu Nghĩa', 'Thanh Thủy'];
const STREETS = ['Hàng Bài', 'Kim Mã', 'Đội Cấn', 'Phan Đình Phùng', 'Nguyễn Thái Học', 'Lạc Long Quân'];

const WEIGHTS = [31, 29, 23, 19, 17, 13, 7, 5, 3];

/** A valid, unique 10-digit tax code for row i (domain-notes §2a check digit; nine-digit starts with no valid digit are skipped). */
function taxCodeOf(i) {
  for (let k = 0; ; k++) {
    const first9 = `01${String(1_000_000 + i * 11 + k).padStart(7, '0')}`;
    const r = WEIGHTS.reduce((sum, w, d) => sum + w * Number(first9[d]), 0) % 11;
    if (r !== 0) return `${first9}${r === 10 ? 0 : 10 - r}`;
  }
}

/** Row i of the synthetic list: [STT, name, tax code, address, commune, representative, phone, kind]. */
export function makeRow(i) {
  const [prefix, kind] = PREFIXES[i % PREFIXES.length];
  const word = WORDS[i % WORDS.length];
  return [
    String(i + 1),
    `${prefix} ${word} ${i + 1}`,
    taxCodeOf(i),
    `${(i % 200) + 1} ${STREETS[i % STREETS.length]}`,
    COMMUNES[i % COMMUNES.length],
    `${SURNAMES[i % SURNAMES.length]} ${GIVEN[(i * 3) % GIVEN.length]}`,
    `09${String(10000000 + ((i * 7919) % 89999999)).padStart(8, '0')}`,
    kind,
  ];
}

/** RFC 4180 CSV line. */
export function csvLine(cells, delimiter = ',') {
  return cells.map((c) => (/[",;\t\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(delimiter);
}

let reverse1258 = null;
/** Windows-1258 bytes of a text, the way Excel's plain "CSV" saves it on a Vietnamese Windows: tones as combining marks. */
export function encodeCp1258(text) {
  if (!reverse1258) {
    reverse1258 = new Map();
    const decoder = new TextDecoder('windows-1258');
    for (let b = 0; b < 256; b++) reverse1258.set(decoder.decode(Uint8Array.of(b)), b);
  }
  const out = [];
  for (const ch of text.normalize('NFC')) {
    if (reverse1258.has(ch)) {
      out.push(reverse1258.get(ch));
      continue;
    }
    const decomposed = ch.normalize('NFD');
    const tones = decomposed.match(/[\u0300\u0301\u0303\u0309\u0323]/g) ?? [];
    const base = decomposed.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '').normalize('NFC');
    if (!reverse1258.has(base)) throw new Error(`not encodable in windows-1258: ${ch}`);
    out.push(reverse1258.get(base), ...tones.map((t) => reverse1258.get(t)));
  }
  return Uint8Array.from(out);
}
