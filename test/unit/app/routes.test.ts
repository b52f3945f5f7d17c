import { describe, expect, it } from 'vitest';
import { matchRoute, routes } from '../../../src/app/routes';
import { PATTERNS } from '../../../src/routing/paths';

describe('matchRoute', () => {
  it('decodes parameters', () => {
    expect(matchRoute('/cam-nang/d%C3%A2n')?.params).toEqual({ slug: 'dân' });
    expect(matchRoute('/to-chuc/abc/sua')?.route.pattern).toBe('/to-chuc/:id/sua');
  });

  it('treats malformed percent-encoding as not found instead of throwing', () => {
    for (const path of ['/to-chuc/%', '/cam-nang/%ZZ', '/to-chuc/%E0%A4%A/sua']) expect(matchRoute(path)).toBeNull();
  });

  it('routes exactly the patterns of the paths module, each once', () => {
    const table = routes.map((r) => r.pattern);
    expect(new Set(table).size).toBe(table.length);
    expect([...table].sort()).toEqual(Object.values(PATTERNS).sort());
  });

  it('takes "moi" as the new-record form, not as an id', () => {
    expect(matchRoute('/to-chuc/moi')?.route.pattern).toBe(PATTERNS.orgNew);
  });

  it('makes every page that reads records wait for them, but not the registry list', () => {
    const waiting = routes.filter((r) => r.needs === 'records').map((r) => r.pattern);
    expect(waiting).toEqual([PATTERNS.orgNew, PATTERNS.org, PATTERNS.orgEdit, PATTERNS.progress, PATTERNS.report, PATTERNS.visit, PATTERNS.followUps, PATTERNS.teamJoin, PATTERNS.teamReview]);
    expect(matchRoute('/')?.route.needs).toBeUndefined();
  });
});
