import { toggleProblem, toggleStepDone } from '../../domain/visit-draft';
import { visitText as t } from '../../i18n/visit';
import { GuideStepBody } from '../../kits/guides/GuideStepBody';
import type { VisitSession } from './visit-session';
import { visitSteps } from './visit-steps';

interface Props {
  session: VisitSession;
  onBack: () => void;
  onNext: () => void;
}

/** Stage 2: one step at a time, ticked off; a known problem can be marked as met right where it happens. */
export function StepWalk({ session, onBack, onNext }: Props) {
  const draft = session.draft.value!;
  const steps = visitSteps(draft.guideSlugs);
  if (steps.length === 0) {
    return (
      <>
        <p>{t.noSteps}</p>
        <div class="form__actions">
          <button type="button" onClick={onBack}>{t.back}</button>
        </div>
      </>
    );
  }
  const index = Math.min(draft.stepIndex, steps.length - 1);
  const current = steps[index]!;
  const done = draft.stepsDone.includes(current.key);
  const doneCount = steps.filter((s) => draft.stepsDone.includes(s.key)).length;
  const move = (to: number) => session.update((d) => ({ ...d, stepIndex: to }));

  return (
    <>
      <p class="muted">
        {current.guide.title} · {t.doneCount(doneCount, steps.length)}
      </p>
      <div class="visit-step">
        <h3>
          {t.stepOf(index + 1, steps.length)}: {current.step.title}
        </h3>
        <GuideStepBody step={current.step} />
        <label class="check check--big">
          <input type="checkbox" checked={done} onChange={() => session.update((d) => toggleStepDone(d, current.key))} />
          <span>{t.stepDone}</span>
        </label>
        {current.step.problems.map((p) => (
          <div key={p.problem} class="visit-problem">
            <label class="check">
              <input
                type="checkbox"
                checked={draft.problems.includes(p.problem)}
                onChange={() => session.update((d) => toggleProblem(d, p.problem))}
              />
              <span>{t.metProblem(p.problem)}</span>
            </label>
            <p class="muted">
              {t.fix} {p.fix}
            </p>
          </div>
        ))}
      </div>
      <div class="form__actions">
        <button type="button" onClick={() => (index === 0 ? onBack() : move(index - 1))}>
          {t.back}
        </button>
        <button type="button" class="primary" onClick={() => (index === steps.length - 1 ? onNext() : move(index + 1))}>
          {t.next}
        </button>
      </div>
    </>
  );
}
