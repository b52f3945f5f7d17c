import { describe, expect, it } from 'vitest';
import { filesUnder, readSource } from './source-files';

const MAX_LINES = 300;

/** Lines of a file as an editor counts them (a final newline does not start another line). */
function lineCount(text: string): number {
  return text.replace(/\n$/, '').split('\n').length;
}

describe('source file length', () => {
  it(`has no file under src/ longer than ${MAX_LINES} lines`, () => {
    // src/generated/ is build output (scripts/gen-data.mjs), not source.
    const files = filesUnder('src').filter((f) => !f.startsWith('src/generated/'));
    expect(files).toContain('src/main.tsx');
    expect(files).toContain('src/app/app.css');
    const tooLong = files.map((f) => ({ f, lines: lineCount(readSource(f)) })).filter(({ lines }) => lines > MAX_LINES);
    expect(tooLong.map(({ f, lines }) => `${f}: ${lines} lines`)).toEqual([]);
  });

  it('counts lines as an editor does', () => {
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\nb')).toBe(2);
    expect(lineCount('')).toBe(1);
  });
});
