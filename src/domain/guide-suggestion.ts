import type { OrgKind } from './organisation';
import type { Status } from './status';

/**
 * Which guides a visit should open with, best first, from what the
 * organisation is and how far it has got. Slugs refer to src/content/guides
 * (a test checks each exists). Household businesses are not organisations:
 * the owner uses a personal VNeID account (domain-notes §2a, unconfirmed);
 * level 2 is the safer advice, since level 1 does not cover every procedure
 * (seed 004).
 */
export function suggestGuideSlugs(kind: OrgKind, status: Status): string[] {
  if (status === 'not_applicable') return [];
  if (kind === 'household') {
    if (status === 'problem') return ['xu-ly-su-co', 'dang-ky-vneid-muc-2'];
    if (status === 'issued') return ['dang-nhap-dich-vu-cong-bang-vneid'];
    return ['dang-ky-vneid-muc-2', 'kich-hoat-tai-khoan-vneid', 'dang-nhap-dich-vu-cong-bang-vneid'];
  }
  switch (status) {
    case 'problem':
      return ['xu-ly-su-co-to-chuc', 'dinh-danh-to-chuc'];
    case 'submitted':
      return ['sau-khi-duoc-duyet', 'xu-ly-su-co-to-chuc'];
    case 'issued':
      return ['sau-khi-duoc-duyet'];
    default:
      // The representative needs their own level-2 account before the organisation can register.
      return ['dinh-danh-to-chuc', 'dang-ky-vneid-muc-2'];
  }
}
