import { describe, expect, it } from 'vitest';
import { matchRoute, routes } from '../../../src/app/routes';

describe('matchRoute', () => {
  it('decodes parameters', () => {
    expect(matchRoute('/cam-nang/d%C3%A2n')?.params).toEqual({ slug: 'dân' });
    expect(matchRoute('/to-chuc/abc/sua')?.route.pattern).toBe('/to-chuc/:id/sua');
  });

  it('treats malformed percent-encoding as not found instead of throwing', () => {
    for (const path of ['/to-chuc/%', '/cam-nang/%ZZ', '/to-chuc/%E0%A4%A/sua']) expect(matchRoute(path)).toBeNull();
  });

  it('makes every page that reads records wait for them, but not the registry list', () => {
    const waiting = routes.filter((r) => r.needs === 'records').map((r) => r.pattern);
    expect(waiting).toEqual(['/to-chuc/moi', '/to-chuc/:id', '/to-chuc/:id/sua', '/tien-do', '/tien-do/bao-cao', '/to-chuc/:id/tham', '/hen']);
    expect(matchRoute('/')?.route.needs).toBeUndefined();
  });
});
