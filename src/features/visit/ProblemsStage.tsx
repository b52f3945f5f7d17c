import { useState } from 'preact/hooks';
import { addProblem, toggleProblem } from '../../domain/visit-draft';
import { visitText as t } from '../../i18n/visit';
import type { VisitSession } from './visit-session';
import { knownProblems } from './visit-steps';

interface Props {
  session: VisitSession;
  onBack: () => void;
  onNext: () => void;
}

/** Stage 3: the problems met, from the chosen guides' known problems or written in. */
export function ProblemsStage({ session, onBack, onNext }: Props) {
  const draft = session.draft.value!;
  const known = knownProblems(draft.guideSlugs);
  const knownTexts = new Set(known.map((k) => k.problem));
  const others = draft.problems.filter((p) => !knownTexts.has(p));
  const [text, setText] = useState('');
  const toggle = (p: string) => session.update((d) => toggleProblem(d, p));

  function add(e: Event) {
    e.preventDefault();
    session.update((d) => addProblem(d, text));
    setText('');
  }

  return (
    <>
      <fieldset>
        <legend>{t.knownProblems}</legend>
        {known.length === 0 && <p class="muted">{t.noKnownProblems}</p>}
        {known.map((k) => (
          <label key={k.problem} class="check">
            <input type="checkbox" checked={draft.problems.includes(k.problem)} onChange={() => toggle(k.problem)} />
            <span>{k.problem}</span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t.otherProblems}</legend>
        {others.map((p) => (
          <label key={p} class="check">
            <input type="checkbox" checked onChange={() => toggle(p)} />
            <span>{p}</span>
          </label>
        ))}
        <form class="inline-add" onSubmit={add}>
          <label for="visit-problem">{t.addProblem}</label>
          <div>
            <input id="visit-problem" type="text" value={text} onInput={(e) => setText(e.currentTarget.value)} />
            <button type="submit" disabled={!text.trim()}>
              {t.add}
            </button>
          </div>
        </form>
      </fieldset>
      <div class="form__actions">
        <button type="button" onClick={onBack}>
          {t.back}
        </button>
        <button type="button" class="primary" onClick={onNext}>
          {t.next}
        </button>
      </div>
    </>
  );
}
