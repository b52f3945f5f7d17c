import { branches } from './chi-nhanh';
import { agenciesAndPublicUnits } from './co-quan-don-vi-su-nghiep';
import { loginDvcqg } from './dang-nhap-dvcqg';
import { registerOrganisation } from './dinh-danh-to-chuc';
import { householdBusiness } from './ho-kinh-doanh';
import { activateAccount } from './kich-hoat-tai-khoan';
import { linkDvcqgAccount } from './lien-ket-dvcqg';
import { lostPhone } from './mat-dien-thoai';
import { afterApproval } from './sau-khi-duoc-duyet';
import type { Guide } from './schema';
import { communeWork } from './viec-cua-xa';
import { level1InApp } from './vneid-muc-1';
import { level2AtPolice } from './vneid-muc-2';
import { whatLevel2Gives } from './vneid-muc-2-dung-de-lam-gi';
import { troubleshooting } from './xu-ly-su-co';
import { organisationTroubleshooting } from './xu-ly-su-co-to-chuc';

/** Every built-in guided procedure, in the order staff usually need them. */
export const guides: Guide[] = [
  registerOrganisation,
  level2AtPolice,
  level1InApp,
  activateAccount,
  linkDvcqgAccount,
  loginDvcqg,
  afterApproval,
  organisationTroubleshooting,
  troubleshooting,
  whatLevel2Gives,
  lostPhone,
  householdBusiness,
  agenciesAndPublicUnits,
  branches,
  communeWork,
];

/** Guides for citizens and organisations: the only ones with a public page and a QR code. Staff guides stay in the app. */
export const publicGuides: Guide[] = guides.filter((g) => g.audience !== 'staff');

export function guideBySlug(slug: string): Guide | undefined {
  return guides.find((g) => g.slug === slug);
}
