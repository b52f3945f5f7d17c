import { fold } from '../fold';

/** The registry fields an imported column can fill. */
export const IMPORT_FIELDS = [
  'taxCode',
  'name',
  'kind',
  'address',
  'commune',
  'district',
  'province',
  'representativeName',
  'representativePhone',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Column index per field; a field may be unmapped. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

export const REQUIRED_FIELDS: ImportField[] = ['name'];

/**
 * Folded header names per field, Vietnamese and English. Fields are tried in
 * this order, most specific first: "Điện thoại người đại diện" is a phone, "Tên
 * người đại diện" a representative, only then "Tên …" an organisation name.
 * `exact` names are too short to search inside a longer header.
 */
const ALIASES: { field: ImportField; contains: string[]; exact: string[] }[] = [
  { field: 'representativePhone', contains: ['dien thoai', 'so dt', 'sdt', 'phone', 'di dong', 'mobile'], exact: ['dt', 'dtdd'] },
  { field: 'taxCode', contains: ['ma so thue', 'mst', 'tax code', 'tax id', 'ma so doanh nghiep', 'msdn'], exact: ['ma dn', 'ma so'] },
  {
    field: 'representativeName',
    contains: ['nguoi dai dien', 'dai dien phap luat', 'representative', 'chu ho', 'chu doanh nghiep', 'giam doc', 'ho va ten', 'ho ten'],
    exact: [],
  },
  { field: 'commune', contains: ['xa, phuong, dac khu', 'xa/phuong/dac khu', 'xa/phuong', 'xa, phuong', 'phuong/xa', 'xa phuong', 'phuong xa', 'commune', 'ward'], exact: ['xa', 'phuong', 'dia ban', 'don vi hanh chinh'] },
  { field: 'district', contains: ['quan/huyen', 'quan, huyen', 'huyen/quan', 'quan huyen', 'district'], exact: ['quan', 'huyen', 'thi xa'] },
  { field: 'province', contains: ['tinh/thanh pho', 'tinh/tp', 'tinh, thanh pho', 'tinh thanh', 'province'], exact: ['tinh', 'thanh pho'] },
  { field: 'kind', contains: ['loai hinh', 'company type', 'organisation type', 'organization type'], exact: ['loai', 'kind', 'type'] },
  { field: 'notes', contains: ['ghi chu', 'note'], exact: [] },
  { field: 'address', contains: ['dia chi', 'address', 'tru so'], exact: [] },
  {
    field: 'name',
    contains: ['ten doanh nghiep', 'ten to chuc', 'ten don vi', 'ten co so', 'ten htx', 'ten hop tac xa', 'ten ho kinh doanh', 'company name', 'organisation name', 'organization name'],
    exact: ['ten', 'name', 'ten dn'],
  },
];

/** The field a header names, if any. */
export function fieldOfHeader(header: string): ImportField | undefined {
  const h = fold(header).replace(/\s*\/\s*/g, '/').replace(/[():.*]/g, ' ').replace(/\s+/g, ' ').trim();
  if (!h) return undefined;
  const padded = ` ${h} `;
  for (const { field, contains, exact } of ALIASES) {
    if (exact.includes(h)) return field;
    if (contains.some((a) => padded.includes(` ${a} `) || padded.includes(` ${a}/`) || padded.includes(`/${a} `))) return field;
  }
  return undefined;
}

/** First column for each recognised field, left to right. */
export function guessMapping(headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  headers.forEach((h, i) => {
    const field = fieldOfHeader(h);
    if (field && mapping[field] === undefined) mapping[field] = i;
  });
  return mapping;
}

export function missingRequired(mapping: ColumnMapping): ImportField[] {
  return REQUIRED_FIELDS.filter((f) => mapping[f] === undefined);
}
