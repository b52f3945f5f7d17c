import { highlightRanges } from '../../domain/highlight';
import type { Organisation } from '../../domain/organisation';
import { registryText as t } from '../../i18n/registry';
import { paths } from '../../routing/paths';
import { href } from '../../routing/router';
import { Highlight } from '../../ui/Highlight';
import { StatusLabel } from './StatusLabel';

/** What a row shows: a stored record, or a row of the first-screen snapshot (which keeps no address or representative). */
export type ListedOrg = Pick<Organisation, 'id' | 'name' | 'taxCode' | 'status' | 'demo'> & Partial<Pick<Organisation, 'address' | 'representativeName'>>;

interface OrgRowProps {
  org: ListedOrg;
  tokens: string[];
  communeName: string;
}

const TAX_SEPARATORS = /[-.\s]/;

function otherMatch(org: ListedOrg, tokens: string[]) {
  for (const text of [org.address ?? '', org.representativeName ?? '']) {
    const ranges = highlightRanges(text, tokens);
    if (ranges.length > 0) return { text, ranges };
  }
  return null;
}

/** One line of the registry: name, tax code, commune, status; the matched words marked. */
export function OrgRow({ org, tokens, communeName }: OrgRowProps) {
  const nameRanges = highlightRanges(org.name, tokens);
  // When the words matched the address or the representative rather than the name, show where.
  const other = nameRanges.length === 0 && tokens.length > 0 ? otherMatch(org, tokens) : null;
  return (
    <a class="org-row" href={href(paths.org(org.id))}>
      <span class="org-row__name">
        <Highlight text={org.name} ranges={nameRanges} />
      </span>
      <span class="org-row__meta">
        <span class="org-row__tax">
          {org.taxCode ? <Highlight text={org.taxCode} ranges={highlightRanges(org.taxCode, tokens, TAX_SEPARATORS)} /> : t.noTaxCode}
        </span>
        <span class="org-row__commune">{other ? <Highlight text={other.text} ranges={other.ranges} /> : communeName}</span>
      </span>
      <span class="org-row__tags">
        <StatusLabel status={org.status} />
        {org.demo && <span class="tag tag--demo">{t.demoTag}</span>}
      </span>
    </a>
  );
}
