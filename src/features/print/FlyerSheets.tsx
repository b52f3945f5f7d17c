import { shortUrl } from '../../domain/links';
import { qrText as t } from '../../i18n/qr';
import { QrCode } from '../../kits/qr/QrCode';
import type { QrEncoding } from '../../kits/qr/qr-matrix';
import type { QrTarget } from '../../kits/qr/qr-targets';

/** 2 × 4 cells of 105 × 74 mm: cut along the dashed lines into eight A7-like slips. */
export const CELLS_PER_PAGE = 8;

function Cell({ target, encoding }: { target: QrTarget; encoding: QrEncoding }) {
  return (
    <div class="flyer__cell">
      <div class="flyer__code">
        <QrCode encoding={encoding} url={target.url} label={t.alt(target.title, target.url)} />
      </div>
      <div class="flyer__text">
        <p class="flyer__title">{target.title}</p>
        {encoding.ok && <p class="flyer__url">{shortUrl(target.url)}</p>}
        <p class="flyer__hotline">
          {t.hotline}: {t.hotlineNumber} {t.hotlineCharged}
        </p>
      </div>
    </div>
  );
}

/** Every target `copies` times, laid out eight to an A4 page; `encodings` holds each code once however many copies. */
export function FlyerSheets({ targets, copies, encodings }: { targets: QrTarget[]; copies: number; encodings: ReadonlyMap<string, QrEncoding> }) {
  const cells = targets.flatMap((x) => Array.from({ length: copies }, () => x));
  const pages: QrTarget[][] = [];
  for (let i = 0; i < cells.length; i += CELLS_PER_PAGE) pages.push(cells.slice(i, i + CELLS_PER_PAGE));
  return (
    <>
      {pages.map((page, p) => (
        <article key={p} class="sheet flyer">
          {page.map((x, i) => (
            <Cell key={i} target={x} encoding={encodings.get(x.key)!} />
          ))}
        </article>
      ))}
    </>
  );
}
