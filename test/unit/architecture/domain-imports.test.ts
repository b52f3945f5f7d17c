import { describe, expect, it } from 'vitest';
import { DOMAIN, importBreaches, sourceFiles } from './source-scan';

describe('src/domain imports', () => {
  it('imports only src/domain and zod', () => {
    expect(sourceFiles(DOMAIN).flatMap((f) => importBreaches(f.path, f.text))).toEqual([]);
  });

  it('names each breach by file and line, and skips comments', () => {
    const text = "// imported from 'the file'\nimport { z } from 'zod/mini';\nimport type { A } from '../i18n/labels';\nexport { b } from './b';\nconst x = await import('exceljs');\n";
    expect(importBreaches('src/domain/x.ts', text)).toEqual(['src/domain/x.ts:3 imports ../i18n/labels', 'src/domain/x.ts:5 imports exceljs']);
  });
});
