import { useMemo, useRef } from 'preact/hooks';
import { useServices } from '../../context/services';
import { common } from '../../i18n/common';
import { printText as p } from '../../i18n/qr';
import { BaseWarnings } from '../../kits/qr/BaseWarnings';
import { EcSelect } from '../../kits/qr/EcSelect';
import { tryEncodeQr } from '../../kits/qr/qr-matrix';
import { selectedKeys, selectionOf } from '../../kits/qr/qr-targets';
import { ScanStatus } from '../../kits/qr/ScanStatus';
import { TargetChecklist } from '../../kits/qr/TargetChecklist';
import { useQrTargets } from '../../kits/qr/useQrTargets';
import { useScanCheck } from '../../kits/qr/useScanCheck';
import type { PageProps } from '../../routing/page-props';
import { parsePrintQuery, selectionParams } from '../../routing/queries';
import { setQuery } from '../../routing/router';
import { CELLS_PER_PAGE, FlyerSheets } from './FlyerSheets';
import { Poster } from './Poster';
import '../../kits/qr/qr.css';
import './print.css';

/** `/in?g=…&d=…&f=poster|flyer&n=<copies>&ec=M`: every choice lives in the URL, so a preview can be bookmarked or reopened. */
export default function PrintPage({ query }: PageProps) {
  const { targets, base, warnings } = useQrTargets(useServices());
  const ref = useRef<HTMLDivElement>(null);
  const { f: format, n, ec, ...selection } = parsePrintQuery(query);
  const keys = selectedKeys(selection);
  const chosen = (targets ?? []).filter((x) => keys.includes(x.key));
  const copies = Math.min(CELLS_PER_PAGE * 4, Math.max(1, n || Math.floor(CELLS_PER_PAGE / Math.max(1, chosen.length)) || 1));
  const scan = useScanCheck(ref, `${chosen.map((x) => x.url).join()}|${format}|${ec}|${copies}`);
  const urls = chosen.map((x) => x.url).join('\n');
  const encodings = useMemo(() => new Map(chosen.map((x) => [x.key, tryEncodeQr(x.url, ec)])), [urls, ec]);
  if (!targets) return <p class="loading">{common.loading}</p>;

  const choose = (next: string[]) => setQuery(selectionParams(selectionOf(next)));
  const pages = format === 'poster' ? chosen.length : Math.ceil((chosen.length * copies) / CELLS_PER_PAGE);
  const ready = scan.status === 'done' && scan.failures.length === 0 && chosen.length > 0 && [...encodings.values()].every((e) => e.ok);

  return (
    <section>
      <div class="no-print">
        <h1 tabIndex={-1}>{p.title}</h1>
        <BaseWarnings warnings={warnings} base={base} />
        <TargetChecklist legend={p.choose} targets={targets} chosen={chosen.map((x) => x.key)} onChange={choose} />
        <fieldset>
          <legend>{p.format}</legend>
          {(['poster', 'flyer'] as const).map((f) => (
            <label key={f} class="check">
              <input type="radio" name="format" checked={format === f} onChange={() => setQuery({ f })} />
              {p[f]}
            </label>
          ))}
        </fieldset>
        <div class="row">
          <EcSelect id="print-ec" value={ec} onChange={(level) => setQuery({ ec: level })} />
          {format === 'flyer' && (
            <div class="field">
              <label for="print-copies">{p.copies}</label>
              <input id="print-copies" type="number" min={1} max={CELLS_PER_PAGE * 4} value={copies} onChange={(e) => setQuery({ n: e.currentTarget.value })} />
            </div>
          )}
        </div>
        {chosen.length === 0 ? <p>{p.nothing}</p> : <ScanStatus state={scan} />}
        <div class="actions">
          <button type="button" class="primary" disabled={!ready} onClick={() => print()}>
            {p.print}
          </button>
          {chosen.length > 0 && <span class="muted">{p.pages(pages)}</span>}
        </div>
        <h2>{p.preview}</h2>
      </div>
      <div ref={ref} class="preview" data-testid="print-preview">
        {format === 'poster' ? chosen.map((x) => <Poster key={x.key} target={x} encoding={encodings.get(x.key)!} />) : <FlyerSheets targets={chosen} copies={copies} encodings={encodings} />}
      </div>
    </section>
  );
}
