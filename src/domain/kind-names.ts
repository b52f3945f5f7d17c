import type { OrgKind } from './organisation';

/**
 * The official Vietnamese name of each kind. The import recognises a "Loại hình"
 * cell by these names (so our own export reads back as the same kind); i18n shows
 * the same words as the kind's label.
 */
export const KIND_NAMES: Record<OrgKind, string> = {
  enterprise: 'Doanh nghiệp',
  branch: 'Chi nhánh, văn phòng đại diện, địa điểm kinh doanh',
  cooperative: 'Hợp tác xã',
  coop_union: 'Liên hiệp hợp tác xã',
  coop_group: 'Tổ hợp tác',
  household: 'Hộ kinh doanh',
  agency: 'Cơ quan nhà nước',
  public_unit: 'Đơn vị sự nghiệp công lập',
  association: 'Hội, đoàn thể',
  religious: 'Cơ sở tôn giáo',
  other: 'Tổ chức khác',
};
