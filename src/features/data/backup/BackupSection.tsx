import { useRef, useState } from 'preact/hooks';
import { useServices } from '../../../app/context';
import { describeSaveError } from '../../../app/models/describe-error';
import type { Backup } from '../../../domain/backup/schema';
import { dataText as t } from '../../../i18n/data';
import { FilePickButton } from '../../../ui/FilePickButton';
import { Banner } from '../../../ui/Banner';
import type { BackupModel } from './backup-model';
import { MergeReview } from './MergeReview';
import { canShareFiles, dateStamp, downloadFile, shareFile } from '../save-file';

/** One-tap backup (download or share sheet) and restore/merge from a file. */
export function BackupSection({ model }: { model: BackupModel }) {
  const { organisations } = useServices();
  const [message, setMessage] = useState<{ tone: 'success' | 'warning' | 'danger'; text: string } | null>(null);
  const [picked, setPicked] = useState<Backup | null>(null);
  const [reading, setReading] = useState(false);
  // A file picked while another is still being read replaces it: only the last pick's result is shown.
  const lastPick = useRef(0);
  const name = () => `sao-luu-so-dinh-danh-${dateStamp()}.json.gz`;

  /** The file is handed over first; recording the time afterwards may fail (full disk) without holding it back. */
  async function backup(share: boolean) {
    setMessage(null);
    let file: Awaited<ReturnType<BackupModel['backupFile']>>;
    try {
      file = await model.backupFile();
    } catch (e) {
      console.error(e);
      return setMessage({ tone: 'danger', text: t.backup.failed });
    }
    if (!(share && (await shareFile(file.blob, name(), t.backup.shareTitle)))) downloadFile(file.blob, name());
    const notRecorded = await model.recordBackup(file.createdAt);
    setMessage(notRecorded ? { tone: 'warning', text: notRecorded } : { tone: 'success', text: t.backup.done });
  }

  async function pick(file: File) {
    setMessage(null);
    model.pending.value = null;
    setPicked(null);
    setReading(true);
    const pickNo = ++lastPick.current;
    const r = await model.read(file).catch(() => ({ ok: false as const, message: t.backup.readFailed }));
    if (pickNo !== lastPick.current) return;
    setReading(false);
    if (!r.ok) return setMessage({ tone: 'danger', text: r.message });
    setPicked(r.backup);
  }

  async function guarded(work: () => Promise<void>, done: string) {
    try {
      await work();
      setPicked(null);
      setMessage({ tone: 'success', text: done });
    } catch (e) {
      setMessage({ tone: 'danger', text: describeSaveError(e) });
    }
  }

  async function prepareMerge(backup: Backup) {
    setMessage(null);
    try {
      await model.prepareMerge(backup);
    } catch (e) {
      setMessage({ tone: 'danger', text: describeSaveError(e) });
    }
  }

  const count = organisations.all().length;
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
      {message && (
        <Banner tone={message.tone} urgent={message.tone === 'danger'}>
          <span data-testid="backup-message">{message.text}</span>
        </Banner>
      )}
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
                void guarded(() => model.restoreReplace(picked), t.backup.restored);
              }}
            >
              {t.backup.replace}
            </button>
          </div>
        </div>
      )}
      {model.pending.value && <MergeReview model={model} onApply={() => void guarded(model.applyMerge, t.backup.merged)} />}
    </section>
  );
}
