import { describe, expect, it } from 'vitest';
import { createDocumentsModel } from '../../../../src/features/documents/documents-model';
import { common } from '../../../../src/i18n/common';
import { DocumentRepository } from '../../../../src/storage/document-repository';
import { WriteGuard } from '../../../../src/storage/write-guard';
import { freshDb } from '../../storage/test-db';

function setup() {
  const guard = new WriteGuard();
  const model = createDocumentsModel(new DocumentRepository(freshDb(), guard));
  return { guard, model };
}

const fields = { title: 'Hướng dẫn xã', url: 'https://xa.example.vn/', note: '', publisher: '' };

describe('documents model', () => {
  it('adds, edits and removes a link, each time showing the list as stored', async () => {
    const { model } = setup();
    await model.load();
    const official = model.list.value!.length;

    expect(await model.save(fields)).toEqual({ ok: true, value: undefined });
    const added = model.list.value!.find((d) => d.title === 'Hướng dẫn xã')!;
    expect(model.list.value).toHaveLength(official + 1);

    expect(await model.save({ ...fields, title: 'Hướng dẫn phường' }, added.id)).toEqual({ ok: true, value: undefined });
    expect(model.list.value!.find((d) => d.id === added.id)?.title).toBe('Hướng dẫn phường');

    expect(await model.remove(added.id)).toEqual({ ok: true, value: undefined });
    expect(model.list.value).toHaveLength(official);
  });

  it('says in Vietnamese why a save or a removal failed, and keeps the list', async () => {
    const { guard, model } = setup();
    await model.load();
    const before = model.list.value;
    guard.block('newer-data');
    expect(await model.save(fields)).toEqual({ ok: false, message: common.readOnlyError });
    expect(await model.remove(before![0]!.id)).toEqual({ ok: false, message: common.readOnlyError });
    expect(model.list.value).toBe(before);
  });
});
