import { posix } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder, readSource } from './source-files';

/** Static, type-only, side-effect, re-export and dynamic imports, with their 1-based line; comments are skipped. */
function importsOf(text: string): { specifier: string; line: number }[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => ({
    specifier: f.fileName,
    line: text.slice(0, f.pos).split('\n').length,
  }));
}

/** `src/features/<name>` or `src/kits/<name>` or `src/app` for a path under src/, else null. */
function partOf(path: string): string | null {
  const [top, area, name] = path.split('/');
  if (top !== 'src') return null;
  if (area === 'features' || area === 'kits') return name ? `src/${area}/${name}` : null;
  return area === 'app' ? 'src/app' : null;
}

/** `file:line imports target` for every import that breaks the layer rules for features and kits. */
function layerViolations(path: string, text: string): string[] {
  const from = partOf(path);
  if (!from) return [];
  const problems: string[] = [];
  for (const { specifier, line } of importsOf(text)) {
    if (!specifier.startsWith('.')) continue;
    const target = posix.normalize(posix.join(posix.dirname(path), specifier));
    const to = partOf(target);
    if (!to || to === from) continue;
    const sideways = from.startsWith('src/features/') && to.startsWith('src/features/');
    const kitUpwards = from.startsWith('src/kits/') && (to.startsWith('src/features/') || to === 'src/app');
    if (sideways || kitUpwards) problems.push(`${path}:${line} imports ${target}`);
  }
  return problems;
}

describe('feature and kit imports', () => {
  it('has no feature importing another feature, and no kit importing a feature or the app', () => {
    const files = [...filesUnder('src/features'), ...filesUnder('src/kits')].filter((f) => /\.tsx?$/.test(f));
    expect(files).toContain('src/features/qr/QrPage.tsx');
    expect(files).toContain('src/kits/qr/QrCode.tsx');
    expect(files.flatMap((f) => layerViolations(f, readSource(f)))).toEqual([]);
  });

  it('names file and line of a sideways import, static or dynamic', () => {
    const text = "import { h } from 'preact';\nimport { QrCode } from '../qr/QrCode';\nconst page = () => import(\n  '../visit/VisitPage'\n);\n";
    expect(layerViolations('src/features/print/PrintPage.tsx', text)).toEqual([
      'src/features/print/PrintPage.tsx:2 imports src/features/qr/QrCode',
      'src/features/print/PrintPage.tsx:4 imports src/features/visit/VisitPage',
    ]);
  });

  it('lets a feature import kits, the app and its own files', () => {
    const text = "import { QrCode } from '../../kits/qr/QrCode';\nimport { useServices } from '../../app/context';\nimport { Poster } from './Poster';\n";
    expect(layerViolations('src/features/print/PrintPage.tsx', text)).toEqual([]);
  });

  it('names a kit importing a feature or the app, but not a leaf such as the router', () => {
    const text = "import { useServices } from '../../app/context';\nimport { href } from '../../routing/router';\nexport { visitSteps } from '../../features/visit/visit-steps';\n";
    expect(layerViolations('src/kits/qr/useQrTargets.ts', text)).toEqual([
      'src/kits/qr/useQrTargets.ts:1 imports src/app/context',
      'src/kits/qr/useQrTargets.ts:3 imports src/features/visit/visit-steps',
    ]);
  });

  it('does not count imports written in comments', () => {
    expect(layerViolations('src/features/print/PrintPage.tsx', "// import { QrCode } from '../qr/QrCode';\n")).toEqual([]);
  });
});
