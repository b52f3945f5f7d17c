import { useState } from 'preact/hooks';
import { useServices } from '../../context/services';
import { COUNTER_SECONDS } from '../../domain/counter-seconds';
import { common } from '../../i18n/common';
import { counterText as c, qrText as t } from '../../i18n/qr';
import { selectedKeys, selectionOf } from '../../kits/qr/qr-targets';
import { TargetChecklist } from '../../kits/qr/TargetChecklist';
import { useQrTargets } from '../../kits/qr/useQrTargets';
import type { PageProps } from '../../routing/page-props';
import { paths } from '../../routing/paths';
import { parseCounterQuery } from '../../routing/queries';
import { href, navigate } from '../../routing/router';
import { CounterScreen } from './CounterScreen';
import '../../kits/qr/qr.css';
import './counter.css';

/** `/quay?g=<slug>[,<slug>]&d=<id>&t=<seconds>&ec=M`: the full-screen counter display, or a chooser without a selection. */
export default function CounterPage({ query }: PageProps) {
  const { targets, warnings } = useQrTargets(useServices());
  const [chosen, setChosen] = useState<string[]>([]);
  if (!targets) return <p class="loading">{common.loading}</p>;

  const { t: seconds, ec, ...selection } = parseCounterQuery(query);
  const keys = selectedKeys(selection);
  const shown = targets.filter((x) => keys.includes(x.key));

  if (shown.length > 0) {
    const severe = warnings.find((w) => w !== 'not-https');
    return (
      <CounterScreen
        targets={shown}
        seconds={seconds}
        ec={ec}
        warning={severe ? t.warnings[severe] : null}
        onExit={() => {
          if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
          navigate(paths.qr(selectionOf([shown[0]!.key])));
        }}
      />
    );
  }
  return (
    <section>
      <h1 tabIndex={-1}>{c.setup}</h1>
      <p class="muted">{c.exitHint}</p>
      <TargetChecklist legend={c.choose} targets={targets} chosen={chosen} onChange={setChosen} />
      {chosen.length > 0 && (
        <a class="button primary" href={href(paths.counter({ ...selectionOf(chosen), t: COUNTER_SECONDS.fallback }))}>
          {c.start}
        </a>
      )}
    </section>
  );
}
