import { describe, expect, it } from 'vitest';
import { guideFolderPath, isAppRoute } from '../../../src/sw/navigation';

describe('isAppRoute', () => {
  it('takes every app path, whatever its query string holds', () => {
    for (const path of ['/', '/to-chuc', '/to-chuc/abc-123', '/to-chuc/%', '/cam-nang/x']) expect(isAppRoute(path, '/')).toBe(true);
  });

  it('leaves real files and the public guide pages alone', () => {
    for (const path of ['/sw.js', '/assets/index-abc.js', '/manifest.webmanifest', '/huong-dan', '/huong-dan/', '/huong-dan/x/', '/huong-dan/guide.css'])
      expect(isAppRoute(path, '/')).toBe(false);
  });

  it('honours a sub-path scope', () => {
    expect(isAppRoute('/eid/to-chuc/1', '/eid/')).toBe(true);
    expect(isAppRoute('/eid/huong-dan/x', '/eid/')).toBe(false);
    expect(isAppRoute('/khac/to-chuc', '/eid/')).toBe(false);
  });
});

describe('guideFolderPath', () => {
  it('adds the slash to a guide page or the guide index typed without it', () => {
    expect(guideFolderPath('/huong-dan/dinh-danh-to-chuc', '/')).toBe('/huong-dan/dinh-danh-to-chuc/');
    expect(guideFolderPath('/huong-dan', '/')).toBe('/huong-dan/');
    expect(guideFolderPath('/eid/huong-dan/x', '/eid/')).toBe('/eid/huong-dan/x/');
  });

  it('leaves folder URLs, files and app routes alone', () => {
    for (const path of ['/huong-dan/', '/huong-dan/x/', '/huong-dan/guide.css', '/to-chuc/1', '/huong-dan/x/y']) expect(guideFolderPath(path, '/')).toBeNull();
  });
});
