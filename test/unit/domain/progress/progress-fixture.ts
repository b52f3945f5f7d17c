import type { OrgKind } from '../../../../src/domain/organisation';
import type { ProgressOrg } from '../../../../src/domain/progress/report';
import type { Status } from '../../../../src/domain/status';

/** Timestamps at noon UTC of a calendar day, read back with utcDate: tests never depend on the machine's zone. */
export const at = (day: string) => Date.parse(`${day}T12:00:00Z`);
export const utcDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

let n = 0;
export function org(kind: OrgKind, status: Status, extra: Partial<ProgressOrg> & { issuedOn?: string; by?: string } = {}): ProgressOrg & { updatedBy: string } {
  n++;
  const { issuedOn, by = 'Lan', ...rest } = extra;
  return {
    id: `o${n}`,
    name: `Tổ chức ${n}`,
    kind,
    taxCode: '',
    status,
    communeCode: 'A',
    followUpDate: null,
    problemReason: null,
    statusHistory: issuedOn ? [{ status: 'issued', at: at(issuedOn), by }] : [],
    updatedBy: by,
    ...rest,
  };
}

/** `count` copies of the same organisation shape. */
export function many(count: number, make: () => ProgressOrg & { updatedBy: string }) {
  return Array.from({ length: count }, make);
}
