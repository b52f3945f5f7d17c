import { fold } from '../fold';
import { KIND_NAMES } from '../kind-names';
import type { OrgKind } from '../organisation';

/**
 * Organisation kind from a "Loại hình" cell, else from the name ("Công ty…", "HTX…").
 * Each rule tests the folded text, or the text with its diacritics where folding
 * would merge words: "trường" (school) is not Trương/Trưởng, "hội" is not Hồi,
 * "chùa" is not "chưa". Those words count only where a name starts with them.
 * First match wins: "Chi nhánh Công ty…" is a branch, "Công ty TNHH Trường Thành"
 * an enterprise, "Hiệp hội Doanh nghiệp…" an association.
 */
const WORD_END = '(?![\\p{L}\\p{N}])';
const RULES: { folded?: RegExp; exact?: RegExp; kind: OrgKind }[] = [
  { folded: /\b(chi nhanh|van phong dai dien|dia diem kinh doanh|branch|representative office)\b/, kind: 'branch' },
  { folded: /lien hiep (htx|hop tac xa)/, kind: 'coop_union' },
  { folded: /\b(htx|hop tac xa|cooperative)\b/, kind: 'cooperative' },
  { folded: /\bto hop tac\b/, kind: 'coop_group' },
  { folded: /\b(ho kinh doanh|hkd|household)\b/, kind: 'household' },
  {
    folded: /\b(hiep hoi|association|mat tran to quoc|doan thanh nien|cong doan|(chi )?hoi (nong dan|lien hiep phu nu|phu nu|cuu chien binh|chu thap do|nguoi cao tuoi|khuyen hoc|luat gia|doanh nhan|doanh nghiep|lam vuon|sinh vien|cuu giao chuc))\b/,
    exact: new RegExp(`^(chi )?hội${WORD_END}`, 'u'),
    kind: 'association',
  },
  { folded: /\b(cong ty|doanh nghiep|tnhh|co phan|dntn|enterprise|company)\b/, kind: 'enterprise' },
  {
    folded: /\b(co so ton giao|thanh that|tu vien|thien vien|giao xu|tinh xa|niem phat duong|religious)\b/,
    exact: new RegExp(`^(chùa|nhà thờ)${WORD_END}`, 'u'),
    kind: 'religious',
  },
  {
    folded: /\b(don vi su nghiep|benh vien|tram y te|trung tam|truong (mam non|mau giao|tieu hoc|trung hoc|thcs|thpt|pho thong|dai hoc|cao dang|trung cap))\b/,
    exact: new RegExp(`^trường${WORD_END}`, 'u'),
    kind: 'public_unit',
  },
  { folded: /\b(co quan|uy ban|ubnd|cong an|agency)\b/, kind: 'agency' },
];

const BY_LABEL = new Map(Object.entries(KIND_NAMES).map(([kind, label]) => [fold(label), kind as OrgKind]));

function byRules(text: string): OrgKind | undefined {
  const folded = fold(text);
  const exact = text.normalize('NFC').toLowerCase().trim().replace(/\s+/g, ' ');
  for (const rule of RULES) if (rule.folded?.test(folded) || rule.exact?.test(exact)) return rule.kind;
  return undefined;
}

/** Our own export's labels read back exactly; a filled cell decides alone; the name is only a fallback. */
export function guessKind(kindCell: string, name: string): OrgKind {
  if (fold(kindCell)) return BY_LABEL.get(fold(kindCell)) ?? byRules(kindCell) ?? 'other';
  return byRules(name) ?? 'other';
}
