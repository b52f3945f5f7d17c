import './guides.css';
import { guideBySlug } from '../../content/guides';
import { citeSource } from '../../content/guides/cite';
import { formatViDate } from '../../domain/dates';
import { common } from '../../i18n/common';
import { guidesText as t } from '../../i18n/guides';
import { GuideStepBody } from '../../kits/guides/GuideStepBody';
import type { PageProps } from '../../routing/page-props';
import { paths } from '../../routing/paths';
import { href } from '../../routing/router';

/** /cam-nang/:slug: one guide in full, with its public page and QR one tap away. */
export default function GuidePage({ params }: PageProps) {
  const guide = guideBySlug(params.slug ?? '');
  if (!guide) {
    return (
      <section>
        <h1 tabIndex={-1}>{t.notFound}</h1>
        <a href={href(paths.guides())}>{t.back}</a>
      </section>
    );
  }
  return (
    <article class="guide">
      <p>
        <a href={href(paths.guides())}>← {t.back}</a>
      </p>
      <h1 tabIndex={-1}>{guide.title}</h1>
      <p class="muted">{t.audience[guide.audience]}</p>
      <p>{guide.summary}</p>
      {guide.audience === 'staff' ? (
        <p class="muted">{t.staffOnly}</p>
      ) : (
        <p class="guide__actions">
          <a class="button" href={href(paths.publicGuide(guide.slug))}>
            {t.publicPage}
          </a>
          <a class="button" href={href(paths.qr({ g: [guide.slug] }))}>
            {t.qr}
          </a>
        </p>
      )}
      {guide.staffNote && (
        <section class="banner guide__staff-note" aria-label={t.staffNote}>
          <strong>{t.staffNote}:</strong> {guide.staffNote}
        </section>
      )}
      {guide.warnings?.map((w) => (
        <p key={w} class="banner banner--warning">
          <strong>{t.warning}:</strong> {w}
        </p>
      ))}
      {guide.prerequisites.length > 0 && (
        <>
          <h2>{t.prepare}</h2>
          <ul>
            {guide.prerequisites.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </>
      )}
      <h2>{guide.situations ? t.situations : t.steps}</h2>
      <ol class="guide__steps">
        {guide.steps.map((step) => (
          <li key={step.title}>
            <h3>{step.title}</h3>
            <GuideStepBody step={step} />
            {step.problems.length > 0 && (
              <ul>
                {step.problems.map((p) => (
                  <li key={p.problem}>
                    <strong>
                      {t.ifProblem} {p.problem}.
                    </strong>{' '}
                    {p.fix}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      <p>{t.hotline}</p>
      <h2>{t.sources}</h2>
      <ul>
        {guide.sources.map((s) => (
          <li key={citeSource(s)}>
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {citeSource(s)}
              </a>
            ) : (
              citeSource(s)
            )}
          </li>
        ))}
      </ul>
      <p class="muted">
        {t.checkedOn(formatViDate(guide.checkedOn))} · {common.appName}
      </p>
    </article>
  );
}
