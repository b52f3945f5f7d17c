import { guides } from '../../content/guides';
import { guidesText as t } from '../../i18n/guides';
import type { PageProps } from '../../routing/page-props';
import { paths } from '../../routing/paths';
import { parseGuidesQuery } from '../../routing/queries';
import { href, setQuery } from '../../routing/router';
import { searchGuides } from './search-guides';

/** /cam-nang: every guide, searchable without diacritics; the query lives in the URL so Back keeps it. */
export default function GuidesPage({ query }: PageProps) {
  const { q } = parseGuidesQuery(query);
  const list = searchGuides(guides, q);
  return (
    <section>
      <h1 tabIndex={-1}>{t.title}</h1>
      <label for="guide-search">{t.search}</label>
      <input id="guide-search" type="search" value={q} autoComplete="off" onInput={(e) => setQuery({ q: e.currentTarget.value })} />
      <p class="muted" role="status">
        {list.length ? t.count(list.length) : t.noResult}
      </p>
      <ul class="menu">
        {list.map((g) => (
          <li key={g.slug}>
            <a href={href(paths.guide(g.slug))}>
              <strong>{g.title}</strong>
              <span class="muted">
                {t.audience[g.audience]} · {g.summary}
              </span>
            </a>
          </li>
        ))}
      </ul>
      <ul class="menu">
        <li>
          <a href={href(paths.quickRef())}>
            <strong>{t.quickRef}</strong>
          </a>
        </li>
        <li>
          <a href={href(paths.publicGuides())}>
            <strong>{t.publicIndex}</strong>
          </a>
        </li>
      </ul>
    </section>
  );
}
