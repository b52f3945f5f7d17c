import { readFileSync } from 'node:fs';
import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import type { SettingsModel } from '../../../../../src/app/models/settings-model';
import { DEFAULT_SETTINGS } from '../../../../../src/domain/settings';
import { createImportModel } from '../../../../../src/features/data/import/import-model';
import type { FromWorker, ToWorker } from '../../../../../src/features/data/import/import-protocol';
import { createImportWorkerCore } from '../../../../../src/features/data/import/import-worker-core';
import { EidDatabase } from '../../../../../src/storage/db';
import { ImportRepository } from '../../../../../src/storage/import-repository';
import { OrganisationRepository } from '../../../../../src/storage/organisation-repository';
import { WriteGuard } from '../../../../../src/storage/write-guard';
import { freshDb } from '../../../storage/test-db';

/** The real worker code, run in-process: messages go through the same protocol, writes through its own connection. */
function inProcessWorker(): Worker {
  const fake = { onmessage: null as ((e: MessageEvent<FromWorker>) => void) | null, onerror: null, terminate() {}, postMessage: (m: ToWorker) => handle(m) };
  const handle = createImportWorkerCore(
    (data) => fake.onmessage?.({ data } as MessageEvent<FromWorker>),
    async (name) => {
      const db = new EidDatabase(name);
      const organisations = new OrganisationRepository(db, new WriteGuard());
      await organisations.loadAll();
      return { organisations, imports: new ImportRepository(db, organisations) };
    },
  );
  return fake as unknown as Worker;
}

function setup() {
  const db = freshDb();
  const organisations = new OrganisationRepository(db, new WriteGuard());
  const imports = new ImportRepository(db, organisations);
  const settings = { settings: signal(DEFAULT_SETTINGS) } as unknown as SettingsModel;
  return { organisations, imports, model: createImportModel({ organisations, settings, createWorker: inProcessWorker }) };
}

const until = async (check: () => boolean) => {
  for (let i = 0; i < 500 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
};
const fixture = (name: string) => new File([readFileSync(new URL(`../../../../fixtures/${name}`, import.meta.url))], name);
const csv = (lines: string[]) => new File([`\uFEFF${lines.join('\r\n')}\r\n`], 'ds.csv');

describe('import model', () => {
  it('previews, commits as one batch in the worker, finds duplicates on a second import, and skips them on request', async () => {
    const { model, organisations, imports } = setup();
    model.pick(fixture('ds-cp1258-semicolon.csv'));
    await until(() => model.phase.value === 'preview');
    expect(model.preview.value).toMatchObject({ total: 25, importable: 25, rejected: 0, duplicates: 0 });
    model.commit();
    await until(() => model.phase.value === 'done');
    expect(model.error.value).toBeNull();
    expect(model.result.value).toMatchObject({ state: 'done', added: 25, updated: 0 });
    // The page's registry has taken in the worker's chunks when "done" shows.
    expect(organisations.all()).toHaveLength(25);

    model.pick(fixture('ds-cp1258-semicolon.csv'));
    await until(() => model.phase.value === 'preview');
    expect(model.preview.value).toMatchObject({ duplicates: 25, unchanged: 25, listed: [] });
    model.choice.value = 'skip';
    model.commit();
    await until(() => model.phase.value === 'done');
    expect(model.result.value).toMatchObject({ added: 0, updated: 0, skipped: 25 });
    expect(organisations.all()).toHaveLength(25);
    expect((await imports.list()).map((b) => b.state)).toEqual(['done', 'done']);
  });

  it('two phones importing the same list create the same ids: derived from the tax code where the row has a valid one', async () => {
    const ids = [];
    for (const phone of [setup(), setup()]) {
      phone.model.pick(fixture('ds-cp1258-semicolon.csv'));
      await until(() => phone.model.phase.value === 'preview');
      phone.model.commit();
      await until(() => phone.model.phase.value === 'done');
      ids.push(new Map(phone.organisations.all().map((o) => [o.taxCode || o.name, o.id])));
    }
    const [a, b] = ids as [Map<string, string>, Map<string, string>];
    const withTax = [...a].filter(([key]) => /^\d/.test(key));
    expect(withTax.length).toBeGreaterThan(10);
    for (const [taxCode, id] of withTax) {
      if (id.startsWith('mst-')) expect(id).toBe(`mst-${taxCode}`);
      expect(b.get(taxCode)).toBe(id);
    }
  });

  it('lists rows that would change a record, and a choice per row overrides the choice for all', async () => {
    const { model, organisations } = setup();
    const header = 'Mã số thuế,Tên doanh nghiệp,Địa chỉ';
    model.pick(csv([header, '0100233488,Công ty A,Số 1', ',Hợp tác xã B,Thôn 2', '0101243150,Công ty C,Số 3']));
    await until(() => model.phase.value === 'preview');
    model.commit();
    await until(() => model.phase.value === 'done');

    model.pick(csv([header, '0100233488,Công ty A,Số 10', ',Hợp tác xã B,Thôn 20', '0101243150,Công ty C,Số 3']));
    await until(() => model.phase.value === 'preview');
    const p = model.preview.value!;
    expect(p).toMatchObject({ duplicates: 3, unchanged: 1 });
    expect(p.listed.map((r) => [r.line, r.by, r.changes])).toEqual([
      [2, 'taxCode', [{ field: 'address', from: 'Số 1', to: 'Số 10' }]],
      [3, 'name', [{ field: 'address', from: 'Thôn 2', to: 'Thôn 20' }]],
    ]);
    model.choice.value = 'skip';
    model.chooseFor(3, 'keep-both');
    model.commit();
    await until(() => model.phase.value === 'done');
    expect(model.result.value).toMatchObject({ added: 1, updated: 0, skipped: 2 });
    const names = organisations.all().map((o) => `${o.name}|${o.address}`).sort();
    expect(names).toEqual(['Công ty A|Số 1', 'Công ty C|Số 3', 'Hợp tác xã B|Thôn 2', 'Hợp tác xã B|Thôn 20']);
  });

  it('"keep both" never makes a second record with the same tax code', async () => {
    const { model, organisations } = setup();
    const header = 'Mã số thuế,Tên doanh nghiệp';
    model.pick(csv([header, '0100233488,Công ty A']));
    await until(() => model.phase.value === 'preview');
    model.commit();
    await until(() => model.phase.value === 'done');
    model.pick(csv([header, '0100233488,Công ty A mới']));
    await until(() => model.phase.value === 'preview');
    model.choice.value = 'keep-both';
    model.commit();
    await until(() => model.phase.value === 'done');
    expect(model.result.value).toMatchObject({ added: 0, skipped: 1 });
    expect(organisations.all().map((o) => o.name)).toEqual(['Công ty A']);
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

  it('a worker that dies while saving says that the saved part can be undone, not that nothing was saved', async () => {
    const { organisations } = setup();
    const settings = { settings: signal(DEFAULT_SETTINGS) } as unknown as SettingsModel;
    let real: Worker;
    const dying = () => {
      real = inProcessWorker();
      const fake = {
        set onmessage(f: unknown) { real.onmessage = f as never; },
        onerror: null as (() => void) | null,
        terminate() {},
        postMessage: (m: ToWorker) => (m.type === 'commit' ? fake.onerror?.() : real.postMessage(m)),
      };
      return fake as unknown as Worker;
    };
    const model = createImportModel({ organisations, settings, createWorker: dying });
    model.pick(fixture('ds-utf16-tab.csv'));
    await until(() => model.phase.value === 'preview');
    model.commit();
    expect(model.phase.value).toBe('error');
    expect(model.error.value).toMatch(/phần đã lưu vẫn còn và có thể hoàn tác/);
  });
});
