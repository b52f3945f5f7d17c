import { useState } from 'preact/hooks';
import { type Outcome, succeeded } from '../../domain/outcome';
import type { CommuneSummary } from '../../domain/rollup/summary';
import { rollupText as t } from '../../i18n/rollup';
import { canShareFiles, dateStamp, downloadFile, shareFile } from '../../kits/files/save-file';
import { paths } from '../../routing/paths';
import { href } from '../../routing/router';
import { OutcomeBanner } from '../../ui/OutcomeBanner';

interface Props {
  buildSummary: () => Promise<CommuneSummary | null>;
  applyQuotaFile: (name: string, text: string) => Promise<Outcome<string>>;
}

function summaryBlob(summary: CommuneSummary): { blob: Blob; name: string } {
  const codes = summary.communes.map((c) => c.code).join('-');
  return { blob: new Blob([JSON.stringify(summary)], { type: 'application/json' }), name: `tien-do-${codes.slice(0, 60)}-${dateStamp()}.json` };
}

/** "Gửi tiến độ cho cấp trên" (a summary file: download, or the share sheet) and "Nhận tệp chỉ tiêu" from the city or province. */
export function SendReceivePanel({ buildSummary, applyQuotaFile }: Props) {
  const [outcome, setOutcome] = useState<Outcome<string> | null>(null);
  const share = canShareFiles();

  async function send(how: 'download' | 'share') {
    const summary = await buildSummary();
    if (!summary) return setOutcome({ ok: false, message: t.send.nothing });
    const { blob, name } = summaryBlob(summary);
    if (how === 'share' && !(await shareFile(blob, name, t.send.title))) return;
    if (how === 'download') downloadFile(blob, name);
    setOutcome(succeeded(t.send.made(name)));
  }

  async function receive(file: File) {
    setOutcome(await applyQuotaFile(file.name, await file.text()));
  }

  return (
    <section class="card" aria-labelledby="send-h">
      <h2 id="send-h">{t.send.title}</h2>
      <p class="muted small">{t.send.hint}</p>
      <div class="actions">
        <button type="button" class="primary" onClick={() => send('download')}>{t.send.download}</button>
        {share && <button type="button" onClick={() => send('share')}>{t.send.share}</button>}
        <label class="button file-pick">
          {t.send.receive}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="quota-file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              e.currentTarget.value = '';
              if (file) void receive(file);
            }}
          />
        </label>
      </div>
      <OutcomeBanner outcome={outcome} success={outcome?.ok ? outcome.value : undefined} testId="send-outcome" />
      <p class="small"><a href={href(paths.rollup())}>{t.openRollup}</a></p>
    </section>
  );
}
