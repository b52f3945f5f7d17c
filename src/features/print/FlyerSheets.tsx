import { shortUrl } from '../../domain/links';
import { qrText as t } from '../../i18n/qr';
import type { EcLevel, QrMatrix } from '../qr/qr-matrix';
import { encodeQr } from '../qr/qr-matrix';
import type { QrTarget } from '../qr/qr-targets';
import { QrSvg } from '../qr/QrSvg';

/** 2 × 4 cells of 105 × 74 mm: cut along the dashed lines into eight A7-like slips. */
export const CELLS_PER_PAGE = 8;

function Cell({ target, matrix }: { target: QrTarget; matrix: QrMatrix }) {
  return (
    <div class="flyer__cell">
      <div class="flyer__code">
        <QrSvg matrix={matrix} url={target.url} label={t.alt(target.title, target.url)} />
      </div>
      <div class="flyer__text">
        <p class="flyer__title">{target.title}</p>
        <p class="flyer__url">{shortUrl(target.url)}</p>
        <p class="flyer__hotline">
          {t.hotline}: {t.hotlineNumber} {t.hotlineCharged}
        </p>
      </div>
    </div>
  );
}

/** Every target `copies` times, laid out eight to an A4 page. Each code is encoded once however many copies. */
export function FlyerSheets({ targets, copies, ec }: { targets: QrTarget[]; copies: number; ec: EcLevel }) {
  const matrices = new Map(targets.map((x) => [x.key, encodeQr(x.url, ec)]));
  const cells = targets.flatMap((x) => Array.from({ length: copies }, () => x));
  const pages: QrTarget[][] = [];
  for (let i = 0; i < cells.length; i += CELLS_PER_PAGE) pages.push(cells.slice(i, i + CELLS_PER_PAGE));
  return (
    <>
      {pages.map((page, p) => (
        <article key={p} class="sheet flyer">
          {page.map((x, i) => (
            <Cell key={i} target={x} matrix={matrices.get(x.key)!} />
          ))}
        </article>
      ))}
    </>
  );
}
