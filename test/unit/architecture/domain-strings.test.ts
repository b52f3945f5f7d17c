import { describe, expect, it } from 'vitest';
import { DOMAIN, sourceFiles, vietnameseLines } from './source-scan';

/**
 * Files whose Vietnamese is data, not wording: content (official documents, demo
 * records) and the tables the domain matches real-world text against — unit-type
 * and district prefixes, the letters folding removes, kind names and the words
 * that tell a kind from an organisation's name.
 */
const DATA_FILES = new Set([
  'src/domain/official-documents.ts',
  'src/domain/demo-data.ts',
  'src/domain/fold.ts',
  'src/domain/unit-name.ts',
  'src/domain/kind-names.ts',
  'src/domain/import/kind.ts',
  'src/domain/import/communes.ts',
]);

/**
 * Form messages still worded in the domain (zod messages and FORM_MESSAGES), to be
 * turned into codes worded by i18n (issue 13, item 6). Remove a file from this list
 * when it is converted; never add one.
 */
const NOT_YET_CODES = new Set([
  'src/domain/organisation-form.ts',
  'src/domain/document-link.ts',
  'src/domain/settings.ts',
  'src/domain/progress/targets.ts',
]);

describe('src/domain strings', () => {
  it('holds no Vietnamese words outside comments and data files', () => {
    const files = sourceFiles(DOMAIN).filter((f) => !DATA_FILES.has(f.path) && !NOT_YET_CODES.has(f.path));
    expect(files.flatMap((f) => vietnameseLines(f.path, f.text))).toEqual([]);
  });

  it('names each breach by file and line, and skips comments', () => {
    const text = "// Tên tổ chức\nconst a = 'ok';\nconst b = 'Dòng một';\n";
    expect(vietnameseLines('src/domain/x.ts', text)).toEqual(["src/domain/x.ts:3 const b = 'Dòng một';"]);
  });
});
