import { useState } from 'preact/hooks';
import type { Backup } from '../../../domain/backup/schema';
import type { Outcome } from '../../../domain/outcome';
import { dataText as t } from '../../../i18n/data';
import { FilePickButton } from '../../../ui/FilePickButton';
import { OutcomeBanner } from '../../../ui/OutcomeBanner';
import { useLatestOnly } from '../../../ui/use-latest-only';
import { canShareFiles, dateStamp, downloadFile, shareFile } from '../save-file';
import type { BackupModel } from './backup-model';
import { MergeReview } from './MergeReview';

/** The last action's outcome, worded for the banner. */
interface Shown {
  outcome: Outcome<unknown>;
  success?: string;
  partial?: boolean;
}

/** One-tap backup (download or share sheet) and restore/merge from a file. */
export function BackupSection({ model }: { model: BackupModel }) {
  const [shown, setShown] = useState<Shown | null>(null);
  const [picked, setPicked] = useState<Backup | null>(null);
  const [reading, setReading] = useState(false);
  // A file picked while another is still being read replaces it: only the last pick's result is shown.
  const latestPick = useLatestOnly();
  const name = () => `sao-luu-so-dinh-danh-${dateStamp()}.json.gz`;

  /** The file is handed over first; recording the time afterwards may fail (full disk) without holding it back. */
  async function backup(share: boolean) {
    setShown(null);
    const file = await model.backupFile();
    if (!file.ok) return setShown({ outcome: file });
    if (!(share && (await shareFile(file.value.blob, name(), t.backup.shareTitle)))) downloadFile(file.value.blob, name());
    const recorded = await model.recordBackup(file.value.createdAt);
    setShown({ outcome: recorded, success: t.backup.done, partial: !recorded.ok });
  }

  async function pick(file: File) {
    setShown(null);
    model.pending.value = null;
    setPicked(null);
    setReading(true);
    await latestPick(model.read(file), (read) => {
      setReading(false);
      if (!read.ok) return setShown({ outcome: read });
      setPicked(read.value);
    });
  }

  /** Restore or merge: the picked file is done with once it worked. */
  async function write(action: () => Promise<Outcome>, success: string) {
    const outcome = await action();
    if (outcome.ok) setPicked(null);
    setShown({ outcome, success });
  }

  async function prepareMerge(backup: Backup) {
    setShown(null);
    const outcome = await model.prepareMerge(backup);
    if (!outcome.ok) setShown({ outcome });
  }

  const count = model.recordCount();
  return (
    <section aria-labelledby="backup-h">
      <h2 id="backup-h">{t.backup.heading}</h2>
      <p class="muted">{t.backup.intro}</p>
      <div class="button-row">
        <button type="button" class="primary" onClick={() => void backup(false)}>
          {t.backup.download}
        </button>
        {canShareFiles() && (
          <button type="button" onClick={() => void backup(true)}>
            {t.backup.share}
          </button>
        )}
      </div>
      <h3>{t.backup.restoreHeading}</h3>
      <p class="muted">{t.backup.restoreIntro}</p>
      <FilePickButton
        label={t.backup.restorePick}
        accept=".gz,.json,application/gzip,application/json"
        testId="backup-file"
        onPick={(file) => void pick(file)}
      />
      {reading && <p role="status">{t.backup.reading}</p>}
      <OutcomeBanner outcome={shown?.outcome ?? null} success={shown?.success} partial={shown?.partial} testId="backup-message" />
      {picked && !model.pending.value && (
        <div class="picked">
          <p>{t.backup.fileInfo(picked.createdBy, new Date(picked.createdAt).toLocaleString('vi-VN'), picked.organisations.length)}</p>
          <div class="button-row">
            <button type="button" class="primary" onClick={() => void prepareMerge(picked)}>
              {t.backup.merge}
            </button>
            <button
              type="button"
              class="danger"
              onClick={() => {
                if (count > 0 && !confirm(t.backup.confirmReplace(count))) return;
                void write(() => model.restoreReplace(picked), t.backup.restored);
              }}
            >
              {t.backup.replace}
            </button>
          </div>
        </div>
      )}
      {model.pending.value && <MergeReview model={model} onApply={() => void write(model.applyMerge, t.backup.merged)} />}
    </section>
  );
}
