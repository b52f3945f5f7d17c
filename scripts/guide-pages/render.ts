import { citeSource } from '../../src/content/guides/cite';
import { HOTLINE } from '../../src/content/guides/hotline';
import type { Guide, GuideSource, GuideStep } from '../../src/content/guides/schema';
import { formatViDate } from '../../src/domain/dates';
import { escapeHtml as e, join, safeUrl } from './html';
import { pageText as t } from './texts';

/**
 * No script, no inline style: the CSP below allows only the shared stylesheet.
 * Links are relative so the pages work on any static host and under a sub-path.
 */
const CSP = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

function layout(opts: { title: string; description: string; cssHref: string; body: string }): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="referrer" content="no-referrer">
<title>${e(opts.title)}</title>
<meta name="description" content="${e(opts.description)}">
<link rel="stylesheet" href="${opts.cssHref}">
</head>
<body>
${opts.body}
<footer><p>${e(t.privacy)}</p></footer>
</body>
</html>
`;
}

/** After the steps: the number is charged, so readers try the steps first. */
function hotline(intro?: string): string {
  return `<p class="call">${intro ? `${e(intro)} ` : ''}<a class="call__link" href="tel:${HOTLINE.tel}">${e(t.call)}</a> <span>${e(t.callCharged)}</span></p>`;
}

function renderStep(step: GuideStep): string {
  return `<li>
<h3>${e(step.title)}</h3>
<p>${e(step.detail)}</p>
${join([
  step.unconfirmed && `<p class="unconfirmed">${e(t.unconfirmed)}</p>`,
  step.check && `<p class="check"><strong>${e(t.check)}</strong> ${e(step.check)}</p>`,
  step.problems.length > 0 &&
    `<ul class="problems">${step.problems.map((p) => `<li><strong>${e(t.ifProblem)} ${e(p.problem)}.</strong> ${e(p.fix)}</li>`).join('')}</ul>`,
])}
</li>`;
}

/** Issuer, number and date for a letter, the title for a web page; the seed file name is for maintainers only. */
function renderSource(source: GuideSource): string {
  const text = e(citeSource(source));
  return `<li>${source.url ? `<a href="${safeUrl(source.url)}" rel="noopener noreferrer">${text}</a>` : text}</li>`;
}

/** The page at huong-dan/<slug>/index.html. Staff notes and staff guides never reach it. */
export function renderGuidePage(guide: Guide): string {
  const body = `<header class="top"><a href="../">← ${e(t.allGuides)}</a></header>
<main>
<h1>${e(guide.title)}</h1>
<p class="summary">${e(guide.summary)}</p>
${join((guide.warnings ?? []).map((w) => `<p class="warning"><strong>${e(t.warning)}:</strong> ${e(w)}</p>`), '\n')}
${guide.prerequisites.length ? `<h2>${e(t.prepare)}</h2>\n<ul>${guide.prerequisites.map((p) => `<li>${e(p)}</li>`).join('')}</ul>` : ''}
<h2>${e(guide.situations ? t.situations : t.steps)}</h2>
<ol class="steps">
${guide.steps.map(renderStep).join('\n')}
</ol>
${hotline(t.callIntro)}
<h2>${e(t.sources)}</h2>
<ul class="sources">${guide.sources.map(renderSource).join('')}</ul>
<p class="checked">${e(t.checkedOn)} <time datetime="${e(guide.checkedOn)}">${formatViDate(guide.checkedOn)}</time>.</p>
</main>`;
  return layout({ title: `${guide.title} — ${t.siteName}`, description: guide.summary, cssHref: '../guide.css', body });
}

/** The page at huong-dan/index.html: every public guide, grouped by who it is for. */
export function renderIndexPage(guides: readonly Guide[]): string {
  const groups = (['citizen', 'organisation'] as const).map((audience) => {
    const list = guides.filter((g) => g.audience === audience);
    if (list.length === 0) return '';
    const items = list
      .map((g) => `<li><a href="${e(g.slug)}/">${e(g.title)}</a><br><span class="muted">${e(g.summary)}</span></li>`)
      .join('\n');
    return `<h2>${e(t.audience[audience])}</h2>\n<ul class="guides">\n${items}\n</ul>`;
  });
  const body = `<main>
<h1>${e(t.siteName)}</h1>
<p class="summary">${e(t.indexIntro)}</p>
${join(groups, '\n')}
${hotline()}
</main>`;
  return layout({ title: t.siteName, description: t.indexIntro, cssHref: 'guide.css', body });
}
