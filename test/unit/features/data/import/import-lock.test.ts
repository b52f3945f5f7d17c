import { describe, expect, it } from 'vitest';
import { batchView } from '../../../../../src/features/data/import/import-lock';
import type { ImportBatch } from '../../../../../src/storage/db';

const batch: ImportBatch = { id: 'b1', fileName: 'a.csv', startedAt: 1, finishedAt: null, state: 'running', committedChunks: 2, added: 5000, updated: 0 };

describe('batchView', () => {
  it('shows a finished batch as stored', () => {
    expect(batchView({ ...batch, state: 'done' }, false, new Set())).toBe('done');
  });

  it('tells a batch another tab is writing from an interrupted one by its lock', () => {
    expect(batchView(batch, false, new Set(['b1']))).toBe('elsewhere');
    expect(batchView(batch, false, new Set())).toBe('interrupted');
    expect(batchView(batch, true, new Set(['b1']))).toBe('running');
    expect(batchView(batch, true, new Set(['other']))).toBe('interrupted');
  });

  it('without Web Locks, keeps the old rule: running only in the tab importing', () => {
    expect(batchView(batch, true, null)).toBe('running');
    expect(batchView(batch, false, null)).toBe('interrupted');
  });
});
