import { useEffect, useRef } from 'preact/hooks';
import { dataText as t } from '../../../i18n/data';
import type { UndoPreview } from '../../../storage/import-repository';

const NAMED = 5;

interface Props {
  fileName: string;
  preview: UndoPreview;
  onUndo: (includeChanged: boolean) => void;
  onCancel: () => void;
}

/** What undoing an import will do, and which records changed since it are kept unless the user says otherwise. */
export function UndoPanel({ fileName, preview, onUndo, onCancel }: Props) {
  const intro = useRef<HTMLParagraphElement>(null);
  useEffect(() => intro.current?.focus(), []);
  const changed = preview.changedSince;
  return (
    <fieldset class="undo-panel" data-testid="undo-panel">
      <legend class="sr-only">{t.history.undo}</legend>
      <p ref={intro} tabIndex={-1}>
        {t.history.undoIntro(fileName, preview.revertible)}
      </p>
      {changed.length > 0 && (
        <>
          <p>{t.history.changedSince(changed.length)}</p>
          <ul>
            {changed.slice(0, NAMED).map((o) => (
              <li key={o.id}>{o.name}</li>
            ))}
          </ul>
          {changed.length > NAMED && <p class="muted">{t.history.changedMore(changed.length - NAMED)}</p>}
        </>
      )}
      <div class="button-row">
        <button type="button" class="danger" onClick={() => onUndo(false)}>
          {changed.length > 0 ? t.history.undoKeep : t.history.undoConfirm}
        </button>
        {changed.length > 0 && (
          <button type="button" onClick={() => onUndo(true)}>
            {t.history.undoAll}
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {t.history.undoCancel}
        </button>
      </div>
    </fieldset>
  );
}
