import { shortUrl } from '../../domain/links';
import { qrText as t } from '../../i18n/qr';
import { QrCode } from '../../kits/qr/QrCode';
import type { QrEncoding } from '../../kits/qr/qr-matrix';
import type { QrTarget } from '../../kits/qr/qr-targets';

/** Steps beyond this do not fit under a 120 mm code on A4; the guide page has them all. */
const MAX_STEPS = 6;

/** One A4 page: title, one large code, its short URL, what to bring, the key steps and the hotline. Never a staff note. */
export function Poster({ target, encoding }: { target: QrTarget; encoding: QrEncoding }) {
  return (
    <article class="sheet poster">
      <h2 class="poster__title">{target.title}</h2>
      <p class="poster__hint">{t.scanHint}</p>
      <div class="poster__code">
        <QrCode encoding={encoding} url={target.url} label={t.alt(target.title, target.url)} />
      </div>
      {encoding.ok && (
        <p class="poster__url">
          {t.typeHint} <strong>{shortUrl(target.url)}</strong>
        </p>
      )}
      {target.requirement && <p class="poster__requirement">{target.requirement}</p>}
      {target.steps.length > 0 ? (
        <section class="poster__steps">
          <h3>{target.situations ? t.keySituations : t.keySteps}</h3>
          <ol>
            {target.steps.slice(0, MAX_STEPS).map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </section>
      ) : (
        <ul class="poster__steps poster__lines">
          {target.lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      )}
      <p class="poster__hotline">
        {t.hotline}: <strong>{t.hotlineNumber}</strong> {t.hotlineCharged}
      </p>
    </article>
  );
}
