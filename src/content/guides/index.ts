import { activateAccount } from './kich-hoat-tai-khoan';
import { linkDvcqgAccount } from './lien-ket-dvcqg';
import { loginDvcqg } from './dang-nhap-dvcqg';
import { registerOrganisation } from './dinh-danh-to-chuc';
import type { Guide } from './schema';
import { afterApproval } from './sau-khi-duoc-duyet';
import { level1InApp } from './vneid-muc-1';
import { level2AtPolice } from './vneid-muc-2';
import { troubleshooting } from './xu-ly-su-co';

/** Every built-in guided procedure, in the order staff usually need them. */
export const guides: Guide[] = [
  registerOrganisation,
  level2AtPolice,
  level1InApp,
  activateAccount,
  linkDvcqgAccount,
  loginDvcqg,
  afterApproval,
  troubleshooting,
];

export function guideBySlug(slug: string): Guide | undefined {
  return guides.find((g) => g.slug === slug);
}
