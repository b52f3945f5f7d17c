// @vitest-environment happy-dom
import { renderHook, waitFor } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { h } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { type Services, ServicesContext } from '../../../../src/context/services';
import { emptyOrgForm } from '../../../../src/domain/organisation-form';
import { useOrgDraft } from '../../../../src/features/registry/useOrgDraft';
import { common } from '../../../../src/i18n/common';
import { flushAll } from '../../../../src/pwa/flush';
import type { EidDatabase } from '../../../../src/storage/db';
import { DraftRepository } from '../../../../src/storage/draft-repository';
import { StorageFullError } from '../../../../src/storage/errors';
import { freshDb } from '../../storage/test-db';

let db: EidDatabase;
afterEach(() => db?.close());

const KEY = 'org:new';
const initial = () => ({ values: emptyOrgForm('00004'), base: null });

function renderDraft(drafts: Pick<DraftRepository, 'get' | 'put' | 'remove'>) {
  const wrapper = ({ children }: { children: ComponentChildren }) =>
    h(ServicesContext.Provider, { value: { registry: { drafts } } as unknown as Services }, children);
  return renderHook(() => useOrgDraft(KEY, initial), { wrapper });
}

function storedDrafts(): DraftRepository {
  db = freshDb();
  return new DraftRepository(db);
}

describe('useOrgDraft', () => {
  it('starts from the initial values when nothing is stored', async () => {
    const { result } = renderDraft(storedDrafts());
    await waitFor(() => expect(result.current.ready).toBe(true));
    expect([result.current.values, result.current.base, result.current.restored, result.current.written]).toEqual([emptyOrgForm('00004'), null, false, { ok: true, value: undefined }]);
  });

  it('restores a stored draft', async () => {
    const drafts = storedDrafts();
    await drafts.put(KEY, { values: { ...emptyOrgForm('00004'), name: 'Công ty Lan' }, base: null });
    const { result } = renderDraft(drafts);
    await waitFor(() => expect(result.current.ready).toBe(true));
    expect(result.current.restored).toBe(true);
    expect(result.current.values.name).toBe('Công ty Lan');
  });

  it('writes what was typed when the app flushes before a reload, and forgets it on discard', async () => {
    const drafts = storedDrafts();
    const { result } = renderDraft(drafts);
    await waitFor(() => expect(result.current.ready).toBe(true));
    act(() => result.current.update({ name: 'Hợp tác xã An Bình' }));
    await act(() => flushAll());
    expect((await drafts.get(KEY))?.value).toEqual({ values: { ...emptyOrgForm('00004'), name: 'Hợp tác xã An Bình' }, base: null });
    await act(() => result.current.discard());
    expect(await drafts.get(KEY)).toBeUndefined();
  });

  it('says the draft is not saved when the disk is full', async () => {
    const drafts = storedDrafts();
    const full = { get: drafts.get.bind(drafts), remove: drafts.remove.bind(drafts), put: () => Promise.reject(new StorageFullError('quota')) };
    const { result } = renderDraft(full);
    await waitFor(() => expect(result.current.ready).toBe(true));
    act(() => result.current.update({ name: 'A' }));
    await act(() => flushAll());
    expect(result.current.written).toEqual({ ok: false, message: common.draftNotSavedFull });
  });

  it('drops a restored draft on reset and starts again from the initial values', async () => {
    const drafts = storedDrafts();
    await drafts.put(KEY, { values: { ...emptyOrgForm('00004'), name: 'Cũ' }, base: null });
    const { result } = renderDraft(drafts);
    await waitFor(() => expect(result.current.restored).toBe(true));
    await act(() => result.current.reset());
    expect([result.current.values, result.current.restored]).toEqual([emptyOrgForm('00004'), false]);
    expect(await drafts.get(KEY)).toBeUndefined();
  });
});
