import { fold } from '../fold';
import type { OrgKind } from '../organisation';

/** Organisation kind from a "Loại hình" cell, else from the name's first words ("Công ty…", "HTX…"). */
const RULES: [RegExp, OrgKind][] = [
  [/lien hiep (htx|hop tac xa)/, 'coop_union'],
  [/\b(htx|hop tac xa|cooperative)\b/, 'cooperative'],
  [/\b(ho kinh doanh|hkd|household)\b/, 'household'],
  [/\b(cong ty|doanh nghiep|tnhh|co phan|dntn|chi nhanh|van phong dai dien|enterprise|company)\b/, 'enterprise'],
  [/\b(don vi su nghiep|truong|benh vien|tram y te|trung tam)\b/, 'public_unit'],
  [/\b(co quan|uy ban|ubnd|cong an|agency)\b/, 'agency'],
  [/\b(hiep hoi|hoi|association)\b/, 'association'],
];

export function guessKind(kindCell: string, name: string): OrgKind {
  for (const text of [kindCell, name]) {
    const f = fold(text);
    if (!f) continue;
    for (const [re, kind] of RULES) if (re.test(f)) return kind;
  }
  return 'other';
}
