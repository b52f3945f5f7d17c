import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOMAIN, ROOT, sourceFiles, withoutComments } from './domain-files';

/** `import … from 'x'`, `export … from 'x'`, `import 'x'` and `import('x')`, across line breaks. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"]([^'"]+)['"]/g;

/** What a domain file may import: other domain files and zod. */
export function importBreaches(path: string, text: string): string[] {
  const breaches: string[] = [];
  const code = withoutComments(text);
  for (const match of code.matchAll(SPECIFIER)) {
    const spec = match[1]!;
    const line = code.slice(0, match.index).split('\n').length;
    const allowed = spec.startsWith('.') ? !relative(DOMAIN, resolve(dirname(join(ROOT, path)), spec)).startsWith('..') : spec === 'zod' || spec === 'zod/mini';
    if (!allowed) breaches.push(`${path}:${line} imports ${spec}`);
  }
  return breaches;
}

describe('src/domain imports', () => {
  it('imports only src/domain and zod', () => {
    expect(sourceFiles(DOMAIN).flatMap((f) => importBreaches(f.path, f.text))).toEqual([]);
  });

  it('names each breach by file and line', () => {
    const text = "// imported from 'the file'\nimport { z } from 'zod/mini';\nimport type { A } from '../i18n/labels';\nexport { b } from './b';\nconst x = await import('exceljs');\n";
    expect(importBreaches('src/domain/x.ts', text)).toEqual(['src/domain/x.ts:3 imports ../i18n/labels', 'src/domain/x.ts:5 imports exceljs']);
  });
});
