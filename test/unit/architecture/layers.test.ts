import { posix } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { filesUnder, readSource } from './source-files';

interface Layer {
  /** Top-level parts of src/ this one may import. */
  parts: string[];
  /** npm packages it may import (`zod` covers `zod/mini`, `preact` covers `preact/hooks`). */
  packages: string[];
}

/**
 * DESIGN §6 as data: for each top-level folder of src/ (and each file at its root), what it may import.
 * A part missing here is a breach too, so a new folder has to be placed in the layers first.
 * Besides this table: no feature imports another feature (`src/features/<name>`), and the table itself
 * has no cycle, so no two parts import each other, even through a third.
 */
const LAYERS: Record<string, Layer> = {
  'main.tsx': { parts: ['app', 'pwa', 'routing', 'ui'], packages: ['preact'] },
  'env.d.ts': { parts: [], packages: [] },
  app: { parts: ['context', 'domain', 'features', 'generated', 'i18n', 'kits', 'pwa', 'routing', 'storage', 'ui'], packages: ['preact', '@preact/signals', 'preact-render-to-string'] },
  features: {
    parts: ['content', 'context', 'domain', 'formats', 'generated', 'i18n', 'kits', 'pwa', 'routing', 'storage', 'ui'],
    packages: ['preact', '@preact/signals', 'pouchdb-browser'],
  },
  kits: { parts: ['content', 'domain', 'i18n', 'routing', 'storage', 'ui'], packages: ['preact', '@preact/signals', 'jsqr', 'qrcode'] },
  context: { parts: ['domain', 'i18n', 'storage'], packages: ['preact'] },
  routing: { parts: ['domain'], packages: ['@preact/signals', 'zod'] },
  formats: { parts: ['domain'], packages: ['exceljs', 'fflate', 'papaparse', 'saxes'] },
  storage: { parts: ['domain'], packages: ['dexie', 'zod'] },
  i18n: { parts: ['content', 'domain'], packages: [] },
  content: { parts: ['domain'], packages: ['zod'] },
  pwa: { parts: [], packages: ['@preact/signals', 'workbox-window'] },
  ui: { parts: [], packages: ['preact', '@tanstack/virtual-core'] },
  domain: { parts: [], packages: ['zod'] },
  sw: { parts: [], packages: ['workbox-core', 'workbox-precaching', 'workbox-routing'] },
};

/** Static, type-only, side-effect, re-export and dynamic imports, with their 1-based line; comments are skipped. */
function importsOf(text: string): { specifier: string; line: number }[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => ({
    specifier: f.fileName,
    line: text.slice(0, f.pos).split('\n').length,
  }));
}

/** `app` for `src/app/…`, `main.tsx` for `src/main.tsx`: the row of LAYERS a file of src/ belongs to. */
function partOf(path: string): string {
  return path.split('/')[1]!;
}

/** `src/features/<name>` for a file of a feature, else null. */
function featureOf(path: string): string | null {
  const [, area, name, rest] = path.split('/');
  return area === 'features' && rest ? `src/features/${name}` : null;
}

/** `zod` for `zod/mini`, `@preact/signals` for itself. */
function packageOf(specifier: string): string {
  const segments = specifier.split('/');
  return specifier.startsWith('@') ? segments.slice(0, 2).join('/') : segments[0]!;
}

/** `file:line imports what` for every import of a file of src/ that the layers forbid. */
function layerBreaches(path: string, text: string): string[] {
  const from = partOf(path);
  const layer = LAYERS[from];
  const breaches: string[] = [];
  for (const { specifier, line } of importsOf(text)) {
    const breach = `${path}:${line} imports ${specifier}`;
    if (!layer) {
      breaches.push(`${breach} (src/${from} has no row in LAYERS)`);
      continue;
    }
    if (!specifier.startsWith('.')) {
      if (!layer.packages.includes(packageOf(specifier))) breaches.push(breach);
      continue;
    }
    const target = posix.normalize(posix.join(posix.dirname(path), specifier));
    const to = partOf(target);
    const sideways = featureOf(path) !== null && featureOf(target) !== null && featureOf(path) !== featureOf(target);
    if (sideways || (to !== from && !layer.parts.includes(to))) breaches.push(breach);
  }
  return breaches;
}

/** Parts of a cycle in the allowed imports, or [] when they only point one way. */
function cycleIn(layers: Record<string, Layer>): string[] {
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];
  function visit(part: string): string[] {
    if (state.get(part) === 'done') return [];
    if (state.get(part) === 'visiting') return [...path.slice(path.indexOf(part)), part];
    state.set(part, 'visiting');
    path.push(part);
    for (const next of layers[part]?.parts ?? []) {
      const cycle = visit(next);
      if (cycle.length) return cycle;
    }
    path.pop();
    state.set(part, 'done');
    return [];
  }
  for (const part of Object.keys(layers)) {
    const cycle = visit(part);
    if (cycle.length) return cycle;
  }
  return [];
}

describe('layers of src/', () => {
  it('has every import of every source file allowed by the layers (type-only and dynamic imports included)', () => {
    // src/generated/ is build output (scripts/gen-data.mjs): JSON, imported, importing nothing.
    const files = filesUnder('src').filter((f) => /\.tsx?$/.test(f) && !f.startsWith('src/generated/'));
    expect(files).toContain('src/main.tsx');
    expect(files).toContain('src/features/data/import/import.worker.ts');
    expect(files.flatMap((f) => layerBreaches(f, readSource(f)))).toEqual([]);
  });

  it('has a row for every top-level folder and file of src/', () => {
    const parts = new Set(filesUnder('src').map(partOf));
    parts.delete('generated');
    expect([...parts].filter((p) => !(p in LAYERS))).toEqual([]);
  });

  it('lets no two parts import each other, even through others', () => {
    expect(cycleIn(LAYERS)).toEqual([]);
    expect(cycleIn({ ...LAYERS, domain: { parts: ['routing'], packages: [] } })).toEqual(['domain', 'routing', 'domain']);
  });

  it('names each breach by file and line: a domain file importing i18n or a format library, a type-only one too', () => {
    const text = "// imported from 'the file'\nimport { z } from 'zod/mini';\nimport type { A } from '../i18n/labels';\nexport { b } from './b';\nconst x = await import('exceljs');\n";
    expect(layerBreaches('src/domain/x.ts', text)).toEqual(['src/domain/x.ts:3 imports ../i18n/labels', 'src/domain/x.ts:5 imports exceljs']);
  });

  it('names a feature importing another feature, statically or dynamically, but not its own subfolders', () => {
    const text = "import { QrCode } from '../../qr/QrCode';\nconst page = () => import(\n  '../../visit/VisitPage'\n);\nimport { save } from '../save-file';\n";
    expect(layerBreaches('src/features/data/backup/BackupSection.tsx', text)).toEqual([
      'src/features/data/backup/BackupSection.tsx:1 imports ../../qr/QrCode',
      'src/features/data/backup/BackupSection.tsx:3 imports ../../visit/VisitPage',
    ]);
    expect(layerBreaches('src/features/print/PrintPage.tsx', "import { QrCode } from '../qr/QrCode';\n")).toEqual(['src/features/print/PrintPage.tsx:1 imports ../qr/QrCode']);
  });

  it('names a feature or kit importing the app, ui or storage importing a feature, and dexie outside storage', () => {
    expect(layerBreaches('src/features/qr/QrPage.tsx', "import type { Services } from '../../app/services';\n")).toEqual(['src/features/qr/QrPage.tsx:1 imports ../../app/services']);
    expect(layerBreaches('src/kits/qr/useQrTargets.ts', "import { x } from '../../features/visit/visit-steps';\n")).toHaveLength(1);
    expect(layerBreaches('src/ui/Banner.tsx', "import { x } from '../features/data/DataPage';\n")).toHaveLength(1);
    expect(layerBreaches('src/storage/db.ts', "import { x } from '../app/services';\nimport Dexie from 'dexie';\n")).toEqual(['src/storage/db.ts:1 imports ../app/services']);
    expect(layerBreaches('src/features/data/worker-root.ts', "import Dexie from 'dexie';\n")).toEqual(['src/features/data/worker-root.ts:1 imports dexie']);
  });
});
