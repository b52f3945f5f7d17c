import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, sourceFiles, vietnameseLines } from './source-scan';

/** Where user-visible words belong (src/i18n), and folders of data rather than code: guide content and build output. */
const WORDING_OR_DATA_FOLDERS = ['src/i18n/', 'src/content/', 'src/generated/'];

/**
 * Files whose Vietnamese is data, not wording, each with why. Matching real-world
 * text needs the real words, so these stay beside the rules that use them.
 */
const DATA_FILES = new Map([
  ['src/domain/official-documents.ts', 'titles and publishers of the official documents, as published'],
  ['src/domain/demo-data.ts', 'names and addresses of the made-up training records'],
  ['src/domain/fold.ts', 'the Vietnamese letters folding maps to ASCII'],
  ['src/domain/unit-name.ts', 'unit-type words and district prefixes that administrative names are matched without'],
  ['src/domain/kind-names.ts', 'the official name of each kind, which the import matches a "kind" cell against'],
  ['src/domain/import/kind.ts', 'words that tell a kind from an organisation name where folding would merge them (hội, chùa, trường)'],
  ['src/domain/import/communes.ts', 'district and city prefixes a list writes in its commune column'],
]);

describe('user-visible strings', () => {
  const files = sourceFiles(join(ROOT, 'src'));

  it('are all in src/i18n: no Vietnamese outside comments elsewhere in src/, but for data files', () => {
    expect(files.map((f) => f.path)).toContain('src/features/registry/OrgForm.tsx');
    const checked = files.filter((f) => !WORDING_OR_DATA_FOLDERS.some((dir) => f.path.startsWith(dir)) && !DATA_FILES.has(f.path));
    expect(checked.flatMap((f) => vietnameseLines(f.path, f.text))).toEqual([]);
  });

  it('lists only data files that exist and hold Vietnamese', () => {
    const byPath = new Map(files.map((f) => [f.path, f.text]));
    expect([...DATA_FILES.keys()].filter((path) => vietnameseLines(path, byPath.get(path) ?? '').length === 0)).toEqual([]);
  });

  it('names each breach by file and line, and skips comments', () => {
    const text = "// Tên tổ chức\nconst a = 'ok';\nconst b = 'Dòng một';\n";
    expect(vietnameseLines('src/domain/x.ts', text)).toEqual(["src/domain/x.ts:3 const b = 'Dòng một';"]);
  });
});
