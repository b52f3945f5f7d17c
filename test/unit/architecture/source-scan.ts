import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Scans of source text for the architecture tests: which files, and which words they hold. */
export const ROOT = join(__dirname, '../../..');
export const DOMAIN = join(ROOT, 'src/domain');

/** Every .ts/.tsx file under a folder, as a path relative to the repository root, with its text. */
export function sourceFiles(dir: string): { path: string; text: string }[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f))
    .sort()
    .map((f) => ({ path: relative(ROOT, join(dir, f)), text: readFileSync(join(dir, f), 'utf8') }));
}

const COMMENT_OR_STRING = /('(?:\\.|[^'\\\n])*'|"(?:\\.|[^"\\\n])*"|`(?:\\.|[^`\\])*`)|\/\*[\s\S]*?\*\/|\/\/[^\n]*/g;

/** The text with its comments blanked (line breaks kept, so line numbers still match); strings are left alone. */
export function withoutComments(text: string): string {
  return text.replace(COMMENT_OR_STRING, (match, literal: string | undefined) => literal ?? match.replace(/[^\n]/g, ' '));
}

/** A Vietnamese letter with a diacritic (or đ): the sign of a user-visible string, which belongs in src/i18n. */
const VIETNAMESE = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;

/** Each line holding Vietnamese outside comments: "file:line text". */
export function vietnameseLines(path: string, text: string): string[] {
  return withoutComments(text)
    .split('\n')
    .flatMap((line, i) => (VIETNAMESE.test(line) ? [`${path}:${i + 1} ${line.trim()}`] : []));
}
