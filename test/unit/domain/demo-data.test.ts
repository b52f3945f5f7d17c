import { describe, expect, it } from 'vitest';
import { DEMO_COMMUNES, generateDemoOrganisations } from '../../../src/domain/demo-data';
import { organisationSchema } from '../../../src/domain/organisation';
import { orgFormFrom, validateOrgForm } from '../../../src/domain/organisation-form';
import { parsePhone } from '../../../src/domain/phone';
import { STATUSES } from '../../../src/domain/status';
import { parseTaxCode } from '../../../src/domain/tax-code';

const NOW = Date.UTC(2026, 10, 23, 5);
const orgs = generateDemoOrganisations({ seed: 7, count: 300, now: NOW });

describe('generateDemoOrganisations', () => {
  it('is deterministic for a seed', () => {
    expect(generateDemoOrganisations({ seed: 7, count: 300, now: NOW })).toEqual(orgs);
    expect(generateDemoOrganisations({ seed: 8, count: 300, now: NOW })).not.toEqual(orgs);
  });

  it('produces valid, clearly labelled records in every status across the three communes', () => {
    for (const org of orgs) {
      expect(organisationSchema.safeParse(org).success).toBe(true);
      expect(org.demo).toBe(true);
      if (org.taxCode) expect(parseTaxCode(org.taxCode, org.kind === 'household').ok).toBe(true);
      if (org.representativePhone) expect(parsePhone(org.representativePhone)?.value).toBe(org.representativePhone);
      expect(org.statusHistory.at(-1)?.status).toBe(org.status);
      expect(validateOrgForm(orgFormFrom(org)), org.name).toEqual({});
      expect(org.kind === 'branch', org.name).toBe(org.taxCode.includes('-'));
    }
    expect(orgs.some((o) => o.kind === 'branch')).toBe(true);
    expect(new Set(orgs.map((o) => o.status))).toEqual(new Set(STATUSES));
    expect(new Set(orgs.map((o) => o.communeCode))).toEqual(new Set(DEMO_COMMUNES));
    expect(new Set(orgs.map((o) => o.id)).size).toBe(orgs.length);
  });
});
