import { guides } from '../../content/guides';
import { suggestGuideSlugs } from '../../domain/guide-suggestion';
import type { Organisation } from '../../domain/organisation';
import { toggleGuide } from '../../domain/visit-draft';
import { statusLabels } from '../../i18n/labels';
import { visitText as t } from '../../i18n/visit';
import type { VisitSession } from './visit-session';

interface Props {
  session: VisitSession;
  org: Organisation;
  onNext: () => void;
  onSkip: () => void;
}

/** Stage 1: which guides this visit follows; the suggested ones come first and start ticked. */
export function GuideChoice({ session, org, onNext, onSkip }: Props) {
  const chosen = session.draft.value!.guideSlugs;
  const suggested = suggestGuideSlugs(org.kind, org.status);
  const ordered = [...guides].sort((a, b) => rank(a.slug) - rank(b.slug));
  function rank(slug: string): number {
    const i = suggested.indexOf(slug);
    return i === -1 ? suggested.length : i;
  }
  return (
    <>
      <fieldset>
        <legend>{t.chooseGuides}</legend>
        <p class="muted">{t.suggestedFor(statusLabels[org.status])}</p>
        {ordered.map((g) => (
          <label key={g.slug} class="check">
            <input type="checkbox" checked={chosen.includes(g.slug)} onChange={() => session.update((d) => toggleGuide(d, g.slug))} />
            <span>
              {g.title} {suggested.includes(g.slug) && <span class="tag">{t.suggested}</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <div class="form__actions">
        <button type="button" class="primary" disabled={chosen.length === 0} onClick={onNext}>
          {t.next}
        </button>
        <button type="button" onClick={onSkip}>
          {t.skipToOutcome}
        </button>
      </div>
    </>
  );
}
