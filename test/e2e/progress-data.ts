import type { Organisation, OrgKind } from '../../src/domain/organisation';
import type { ProblemReason, Status } from '../../src/domain/status';

const DAY = 86_400_000;

export function org(i: number, commune: string, kind: OrgKind, status: Status, extra: Partial<Organisation> = {}): Organisation {
  const at = Date.now() - (i % 20) * DAY;
  return {
    id: `org-${commune}-${i}`,
    taxCode: String(1_000_000_000 + i),
    name: `Công ty ${commune} số ${i}`,
    kind,
    address: `${i} Lê Lợi`,
    communeCode: commune,
    representativeName: 'Nguyễn Văn An',
    representativePhone: '0912345678',
    consent: null,
    status,
    problemReason: null,
    notApplicableReason: status === 'not_applicable' ? 'ceased' : null,
    statusNote: '',
    notes: '',
    followUpDate: null,
    statusHistory: status === 'not_contacted' ? [] : [{ status, at, by: 'Trần Thị Lan' }],
    createdAt: at,
    updatedAt: at,
    updatedBy: 'Trần Thị Lan',
    deletedAt: null,
    demo: true,
    ...extra,
  } as Organisation;
}

/** Issued / total organisations of one commune: enterprises, and the other kinds (agencies issued, associations guided). */
export interface CommuneCounts {
  ent: readonly [number, number];
  oth: readonly [number, number];
}

/** One commune's records for the roll-up specs: the counts of `CommuneCounts`, everything else as `org` makes it. */
export function communeOrgs(code: string, { ent, oth }: CommuneCounts): Organisation[] {
  const out: Organisation[] = [];
  let i = 0;
  const add = (n: number, kind: OrgKind, status: Status) => {
    for (let k = 0; k < n; k++) out.push(org(i++, code, kind, status));
  };
  add(ent[0], 'enterprise', 'issued');
  add(ent[1] - ent[0], 'enterprise', 'informed');
  add(oth[0], 'agency', 'issued');
  add(oth[1] - oth[0], 'association', 'guided');
  return out;
}

/**
 * Two communes of demo-like data. Ba Đình: 100 enterprises, 20 with an account.
 * Ngọc Hà: 50 enterprises (40 issued), 10 agencies (5 issued), 5 household
 * businesses, 3 ceased; 4 problems and 6 follow-ups due.
 */
export function demoOrganisations(): Organisation[] {
  const out: Organisation[] = [];
  let i = 0;
  const add = (n: number, commune: string, kind: OrgKind, status: Status, extra: Partial<Organisation> = {}) => {
    for (let k = 0; k < n; k++) out.push(org(i++, commune, kind, status, extra));
  };
  const past = '2020-01-01';
  const reason = (r: ProblemReason) => ({ problemReason: r });
  add(20, '00004', 'enterprise', 'issued');
  add(70, '00004', 'enterprise', 'informed');
  add(6, '00004', 'cooperative', 'guided', { followUpDate: past });
  add(3, '00004', 'enterprise', 'problem', reason('data_mismatch'));
  add(1, '00004', 'enterprise', 'problem', reason('rep_lacks_level2'));
  add(40, '00008', 'enterprise', 'issued');
  add(10, '00008', 'enterprise', 'not_contacted');
  add(5, '00008', 'agency', 'issued');
  add(5, '00008', 'association', 'submitted');
  add(5, '00008', 'household', 'informed');
  add(3, '00008', 'enterprise', 'not_applicable');
  return out;
}
