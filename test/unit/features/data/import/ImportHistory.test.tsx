import { signal } from '@preact/signals';
import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { ImportHistoryModel, ListedBatch } from '../../../../../src/features/data/import/import-history-model';
import { ImportHistory } from '../../../../../src/features/data/import/ImportHistory';
import type { ImportModel } from '../../../../../src/features/data/import/import-model';
import type { ImportBatch } from '../../../../../src/storage/db';

const batch = (added: number, state: ImportBatch['state']): ImportBatch =>
  ({ id: 'b1', fileName: 'ds.csv', startedAt: 0, state, added, updated: 0, committedChunks: added > 0 ? 3 : 0 }) as ImportBatch;

describe('import history', () => {
  it('shows the latest reading when an earlier one answers last (the import finished meanwhile)', async () => {
    const answers: ((listed: ListedBatch[]) => void)[] = [];
    const model = {
      list: () => new Promise<ListedBatch[]>((resolve) => answers.push(resolve)),
      previewUndo: async () => ({}),
      undo: async () => ({ ok: true }),
    } as unknown as ImportHistoryModel;
    const phase = signal<string>('committing');
    render(<ImportHistory model={model} importing={{ phase } as unknown as ImportModel} />);
    await waitFor(() => expect(answers).toHaveLength(1));
    phase.value = 'done';
    await waitFor(() => expect(answers).toHaveLength(2));
    answers[1]!([{ batch: batch(10_000, 'done'), view: 'done' }]);
    await screen.findByText(/hoàn tất: thêm 10\.000/);
    answers[0]!([{ batch: batch(0, 'running'), view: 'running' }]);
    await new Promise((r) => setTimeout(r, 20));
    expect(screen.getByTestId('import-history').textContent).toMatch(/hoàn tất: thêm 10\.000/);
  });
});
