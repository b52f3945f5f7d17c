import { describe, expect, it } from 'vitest';
import { DOMAIN, sourceFiles, withoutComments } from './domain-files';

/** A Vietnamese letter with a diacritic (or đ): the sign of a user-visible string, which belongs in src/i18n. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/**
 * Files whose Vietnamese is data, not wording: content (official documents, demo records), and the
 * tables the domain matches real-world text against (unit types, kind names and folding rules).
 */
const DATA_FILES = new Set([
  'src/domain/official-documents.ts',
  'src/domain/demo-data.ts',
]);

export function vietnameseLines(path: string, text: string): string[] {
  return withoutComments(text)
    .split('\n')
    .flatMap((line, i) => (VIETNAMESE.test(line) ? [`${path}:${i + 1} ${line.trim()}`] : []));
}

describe('src/domain strings', () => {
  it('holds no Vietnamese words outside comments and data files', () => {
    const files = sourceFiles(DOMAIN).filter((f) => !DATA_FILES.has(f.path));
    expect(files.flatMap((f) => vietnameseLines(f.path, f.text))).toEqual([]);
  });

  it('names each breach by file and line', () => {
    const text = "// Tên tổ chức\nconst a = 'ok';\nconst b = `Dòng ${a}`;\n";
    expect(vietnameseLines('src/domain/x.ts', text)).toEqual(['src/domain/x.ts:3 const b = `Dòng ${a}`;']);
  });
});
