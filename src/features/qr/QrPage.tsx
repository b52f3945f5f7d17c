import { useMemo, useRef, useState } from 'preact/hooks';
import { useServices } from '../../context/services';
import { COUNTER_SECONDS } from '../../domain/counter-seconds';
import { shortUrl } from '../../domain/links';
import { common } from '../../i18n/common';
import { counterText, qrText as t } from '../../i18n/qr';
import { BaseWarnings } from '../../kits/qr/BaseWarnings';
import { downloadPng, downloadSvg } from '../../kits/qr/download';
import { EcSelect } from '../../kits/qr/EcSelect';
import { QrCode } from '../../kits/qr/QrCode';
import { DEFAULT_EC, type EcLevel, tryEncodeQr } from '../../kits/qr/qr-matrix';
import { type QrTarget, selectedKeys, selectionOf } from '../../kits/qr/qr-targets';
import { ScanStatus } from '../../kits/qr/ScanStatus';
import { TargetChecklist } from '../../kits/qr/TargetChecklist';
import { useQrTargets } from '../../kits/qr/useQrTargets';
import { useScanCheck } from '../../kits/qr/useScanCheck';
import type { PageProps } from '../../routing/page-props';
import { paths } from '../../routing/paths';
import { parseQrQuery, selectionParams } from '../../routing/queries';
import { href, setQuery } from '../../routing/router';
import { TargetPicker } from './TargetPicker';
import '../../kits/qr/qr.css';

function QrPanel({ target, ec }: { target: QrTarget; ec: EcLevel }) {
  const encoding = useMemo(() => tryEncodeQr(target.url, ec), [target.url, ec]);
  const ref = useRef<HTMLDivElement>(null);
  const scan = useScanCheck(ref, `${target.url}|${ec}`);
  const stem = `${target.fileStem}-${ec.toLowerCase()}`;
  return (
    <div class="qr-panel">
      <div ref={ref} class="qr-panel__code">
        <QrCode encoding={encoding} url={target.url} label={t.alt(target.title, target.url)} />
      </div>
      {encoding.ok && (
        <>
          <p class="qr-short" data-testid="short-url">
            {shortUrl(target.url)}
          </p>
          <ScanStatus state={scan} />
          <div class="actions">
            <button type="button" onClick={() => downloadPng(encoding.matrix, stem)}>
              {t.downloadPng}
            </button>
            <button type="button" onClick={() => downloadSvg(encoding.matrix, stem)}>
              {t.downloadSvg}
            </button>
          </div>
        </>
      )}
    </div>
  );
}

export default function QrPage({ query }: PageProps) {
  const { targets, base, warnings } = useQrTargets(useServices());
  const [ec, setEc] = useState<EcLevel>(DEFAULT_EC);
  const [chosen, setChosen] = useState<string[]>([]);
  const [interval, setIntervalSeconds] = useState<number>(COUNTER_SECONDS.fallback);
  if (!targets) return <p class="loading">{common.loading}</p>;
  if (targets.length === 0) return <p>{t.none}</p>;

  const wanted = selectedKeys(parseQrQuery(query))[0];
  const current = targets.find((x) => x.key === wanted) ?? targets[0]!;
  const pick = (key: string) => setQuery(selectionParams(selectionOf([key])));
  const set = chosen.length ? chosen : [current.key];

  return (
    <section>
      <h1 tabIndex={-1}>{t.title}</h1>
      <BaseWarnings warnings={warnings} base={base} />
      {wanted && wanted !== current.key && <p class="muted">{t.notFound}</p>}
      <TargetPicker id="qr-target" targets={targets} value={current.key} onChange={pick} />
      <EcSelect id="qr-ec" value={ec} onChange={setEc} />
      <h2>{current.title}</h2>
      <QrPanel target={current} ec={ec} />
      <div class="actions">
        <a class="button primary" href={href(paths.counter({ ...selectionOf([current.key]), ec }))}>
          {t.counter}
        </a>
        <a class="button" href={href(paths.print({ ...selectionOf([current.key]), ec }))}>
          {t.print}
        </a>
      </div>
      <details class="qr-many">
        <summary>{t.many}</summary>
        <TargetChecklist legend={counterText.choose} targets={targets} chosen={chosen} onChange={setChosen} />
        <div class="field">
          <label for="qr-interval">{t.interval}</label>
          <input id="qr-interval" type="number" min={COUNTER_SECONDS.min} max={COUNTER_SECONDS.max} inputMode="numeric" value={interval} onInput={(e) => setIntervalSeconds(Number(e.currentTarget.value) || COUNTER_SECONDS.fallback)} />
        </div>
        <div class="actions">
          <a class="button" href={href(paths.counter({ ...selectionOf(set), t: interval, ec }))}>
            {t.manyCounter(set.length)}
          </a>
          <a class="button" href={href(paths.print({ ...selectionOf(set), ec }))}>
            {t.manyPrint(set.length)}
          </a>
        </div>
      </details>
    </section>
  );
}
