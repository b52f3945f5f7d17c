import { describe, expect, it } from 'vitest';
import { guideBySlug } from '../../../src/content/guides';
import { suggestGuideSlugs } from '../../../src/domain/guide-suggestion';
import { ORG_KINDS } from '../../../src/domain/organisation';
import { STATUSES } from '../../../src/domain/status';

describe('suggestGuideSlugs', () => {
  it('suggests only guides that exist, for every kind and status', () => {
    for (const kind of ORG_KINDS)
      for (const status of STATUSES)
        for (const slug of suggestGuideSlugs(kind, status)) expect(guideBySlug(slug), `${kind}/${status}: ${slug}`).toBeDefined();
  });

  it('starts a new enterprise on organisation registration plus the representative’s level 2', () => {
    expect(suggestGuideSlugs('enterprise', 'not_contacted')).toEqual(['dinh-danh-to-chuc', 'dang-ky-vneid-muc-2']);
    expect(suggestGuideSlugs('association', 'guided')[0]).toBe('dinh-danh-to-chuc');
  });

  it('leads with the organisation troubleshooting page when the organisation has a problem', () => {
    expect(suggestGuideSlugs('cooperative', 'problem')[0]).toBe('xu-ly-su-co-to-chuc');
  });

  it('moves to after-approval once submitted or issued', () => {
    expect(suggestGuideSlugs('agency', 'submitted')[0]).toBe('sau-khi-duoc-duyet');
    expect(suggestGuideSlugs('agency', 'issued')).toEqual(['sau-khi-duoc-duyet']);
  });

  it('gives household businesses personal VNeID guides, level 2 first, not organisation registration', () => {
    expect(suggestGuideSlugs('household', 'not_contacted')).not.toContain('dinh-danh-to-chuc');
    expect(suggestGuideSlugs('household', 'not_contacted')[0]).toBe('dang-ky-vneid-muc-2');
  });

  it('suggests nothing for an organisation that is not applicable', () => {
    expect(suggestGuideSlugs('enterprise', 'not_applicable')).toEqual([]);
  });
});
