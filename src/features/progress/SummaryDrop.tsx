import { useState } from 'preact/hooks';
import { rollupText as r } from '../../i18n/rollup';

/** Many summary files at once: a multiple file input, and the same area takes files dropped on it. */
export function SummaryDrop({ onFiles }: { onFiles: (files: File[]) => void }) {
  const [over, setOver] = useState(false);
  return (
    <fieldset
      class={`drop-zone${over ? ' drop-zone--over' : ''}`}
      data-testid="summary-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const files = [...(e.dataTransfer?.files ?? [])];
        if (files.length) onFiles(files);
      }}
    >
      <legend class="sr-only">{r.dropHere}</legend>
      <label class="button primary file-pick">
        {r.openFiles}
        <input
          type="file"
          multiple
          accept=".json,application/json"
          data-testid="summary-files"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            if (files.length) onFiles(files);
          }}
        />
      </label>
      <p class="muted small">{r.dropHere}</p>
    </fieldset>
  );
}
