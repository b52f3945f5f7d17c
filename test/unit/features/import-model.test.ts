import { readFileSync } from 'node:fs';
import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { SettingsModel } from '../../../src/app/models/settings-model';
import { DEFAULT_SETTINGS } from '../../../src/domain/settings';
import { createImportModel } from '../../../src/features/data/import-model';
import type { FromWorker, ToWorker } from '../../../src/features/data/import-protocol';
import { createImportWorkerCore } from '../../../src/features/data/import-worker-core';
import { ImportRepository } from '../../../src/storage/import-repository';
import { OrganisationRepository } from '../../../src/storage/organisation-repository';
import { WriteGuard } from '../../../src/storage/write-guard';
import { freshDb } from '../storage/test-db';

/** The real worker code, run in-process: messages go through the same protocol. */
function inProcessWorker(): Worker {
  const fake = { onmessage: null as ((e: MessageEvent<FromWorker>) => void) | null, onerror: null, terminate() {}, postMessage: (m: ToWorker) => handle(m) };
  const handle = createImportWorkerCore((data) => fake.onmessage?.({ data } as MessageEvent<FromWorker>));
  return fake as unknown as Worker;
}

function setup() {
  const db = freshDb();
  const organisations = new OrganisationRepository(db, new WriteGuard());
  const imports = new ImportRepository(db, organisations);
  const settings = { settings: signal(DEFAULT_SETTINGS) } as unknown as SettingsModel;
  return { organisations, imports, model: createImportModel({ organisations, imports, settings, createWorker: inProcessWorker }) };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};
const fixture = (name: string) => new File([readFileSync(new URL(`../../fixtures/${name}`, import.meta.url))], name);

describe('import model', () => {
  it('previews, commits as one batch, finds duplicates on a second import, and skips them on request', async () => {
    const { model, organisations, imports } = setup();
    model.pick(fixture('ds-cp1258-semicolon.csv'));
    await until(() => model.phase.value === 'preview');
    expect(model.preview.value).toMatchObject({ total: 25, importable: 25, rejected: 0, duplicates: 0 });
    await model.commit();
    expect(model.result.value).toMatchObject({ state: 'done', added: 25, updated: 0 });
    expect(organisations.all()).toHaveLength(25);

    model.pick(fixture('ds-cp1258-semicolon.csv'));
    await until(() => model.phase.value === 'preview');
    expect(model.preview.value!.duplicates).toBe(25);
    model.choice.value = 'skip';
    await model.commit();
    expect(model.result.value).toMatchObject({ added: 0, updated: 0, skipped: 25 });
    expect(organisations.all()).toHaveLength(25);
    expect((await imports.list()).map((b) => b.state)).toEqual(['done', 'done']);
  });

  it('a changed mapping re-checks; a missing name column blocks the import with a message', async () => {
    const { model } = setup();
    model.pick(fixture('ds-utf16-tab.csv'));
    await until(() => model.phase.value === 'preview');
    model.setColumn('name', undefined);
    expect(model.preview.value).toBeNull();
    expect(model.error.value).toMatch(/Thiếu cột bắt buộc/);
    model.setColumn('name', 1);
    await until(() => model.preview.value !== null);
    expect(model.preview.value!.importable).toBe(10);
  });

  it('a refused file ends in an error and writes nothing', async () => {
    const { model, organisations, imports } = setup();
    model.pick(fixture('legacy-vni.csv'));
    await until(() => model.phase.value === 'error');
    expect(model.error.value).toMatch(/TCVN3 hoặc VNI/);
    expect(organisations.all()).toEqual([]);
    expect(await imports.list()).toEqual([]);
  });
});
