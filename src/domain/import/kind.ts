import { kindLabels } from '../../i18n/labels';
import { fold } from '../fold';
import type { OrgKind } from '../organisation';

/** Organisation kind from a "Loại hình" cell, else from the name ("Công ty…", "HTX…"). */
const RULES: [RegExp, OrgKind][] = [
  [/lien hiep (htx|hop tac xa)/, 'coop_union'],
  [/\b(htx|hop tac xa|cooperative)\b/, 'cooperative'],
  [/\b(ho kinh doanh|hkd|household)\b/, 'household'],
  [/\b(cong ty|doanh nghiep|tnhh|co phan|dntn|chi nhanh|van phong dai dien|enterprise|company)\b/, 'enterprise'],
  [/\b(don vi su nghiep|truong|benh vien|tram y te|trung tam)\b/, 'public_unit'],
  [/\b(co quan|uy ban|ubnd|cong an|agency)\b/, 'agency'],
  [/\b(hiep hoi|hoi|association)\b/, 'association'],
];

const BY_LABEL = new Map(Object.entries(kindLabels).map(([kind, label]) => [fold(label), kind as OrgKind]));

function byRules(folded: string): OrgKind | undefined {
  for (const [re, kind] of RULES) if (re.test(folded)) return kind;
  return undefined;
}

/** Our own export's labels read back exactly; a filled cell decides alone; the name is only a fallback. */
export function guessKind(kindCell: string, name: string): OrgKind {
  const cell = fold(kindCell);
  if (cell) return BY_LABEL.get(cell) ?? byRules(cell) ?? 'other';
  return byRules(fold(name)) ?? 'other';
}
