import './guides.css';
import { HOTLINE } from '../../content/guides/hotline';
import { keyDates, keyRules, type QuickFact } from '../../content/guides/quick-reference';
import { guidesText as t } from '../../i18n/guides';

function Facts({ facts }: { facts: QuickFact[] }) {
  return (
    <dl class="facts">
      {facts.map((f) => (
        <div key={f.label}>
          <dt>{f.label}</dt>
          <dd>
            {f.value} <span class="muted">({f.source})</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** /tra-cuu-nhanh: one screen for counter staff. */
export default function QuickRefPage() {
  return (
    <section class="quick-ref">
      <h1 tabIndex={-1}>{t.quick.title}</h1>
      <p>
        <a class="button primary" href={`tel:${HOTLINE.tel}`}>
          {t.quick.call}
        </a>{' '}
        <span>{t.quick.callHint}</span>
      </p>
      <h2>{t.quick.dates}</h2>
      <Facts facts={keyDates} />
      <h2>{t.quick.rules}</h2>
      <Facts facts={keyRules} />
    </section>
  );
}
