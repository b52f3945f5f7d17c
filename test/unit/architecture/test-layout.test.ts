import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesUnder, ROOT } from './source-files';

/**
 * Tests mirror the source: test/unit/<path>.test.ts(x) tests src/<path>.ts(x)
 * (or src/<path>/, a folder read as one unit). Architecture tests read all of
 * src/, and tests of the build scripts mirror scripts/.
 */
const NOT_MIRRORED_FOLDERS = ['test/unit/architecture/', 'test/unit/scripts/'];

/** Tests that do not mirror a source file yet, each with why; never add one without a reason. */
/** The source a test file mirrors, or null when there is none. */
function mirroredSource(testPath: string): string | null {
  const stem = testPath.replace(/^test\/unit\//, 'src/').replace(/\.test\.tsx?$/, '');
  return ['.ts', '.tsx', ''].map((ext) => stem + ext).find((candidate) => existsSync(join(ROOT, candidate))) ?? null;
}

describe('test layout', () => {
  const tests = filesUnder('test/unit').filter((f) => /\.test\.tsx?$/.test(f));

  it('puts every unit and component test at the path of the source it tests', () => {
    expect(tests).toContain('test/unit/domain/fold.test.ts');
    const unmirrored = tests.filter((f) => !NOT_MIRRORED_FOLDERS.some((dir) => f.startsWith(dir)) && mirroredSource(f) === null);
    expect(unmirrored).toEqual([]);
  });

  it('finds the source of a test, a component test and a folder test', () => {
    expect(mirroredSource('test/unit/domain/fold.test.ts')).toBe('src/domain/fold.ts');
    expect(mirroredSource('test/unit/features/registry/OrgForm.test.tsx')).toBe('src/features/registry/OrgForm.tsx');
    expect(mirroredSource('test/unit/content/guides/index.test.ts')).toBe('src/content/guides/index.ts');
    expect(mirroredSource('test/unit/domain/import/cells.test.ts')).toBeNull();
  });
});
