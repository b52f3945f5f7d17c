import { useEffect, useRef, useState } from 'preact/hooks';
import { useServices } from '../../context/services';
import { VISIT_STAGES, type VisitStage } from '../../domain/visit-draft';
import { common } from '../../i18n/common';
import { statusLabels } from '../../i18n/labels';
import { visitText as t } from '../../i18n/visit';
import { paths } from '../../routing/paths';
import { href } from '../../routing/router';
import { Banner } from '../../ui/Banner';
import { OutcomeBanner } from '../../ui/OutcomeBanner';
import { GuideChoice } from './GuideChoice';
import { OutcomeStage } from './OutcomeStage';
import { ProblemsStage } from './ProblemsStage';
import { StepWalk } from './StepWalk';
import { VisitDone } from './VisitDone';
import type { VisitSession } from './visit-session';
import './visit.css';

function StageNav({ current, onGo }: { current: VisitStage; onGo: (s: VisitStage) => void }) {
  return (
    <ol class="stages" aria-label={t.stagesLabel}>
      {VISIT_STAGES.map((s, i) => (
        <li key={s}>
          <button type="button" aria-current={s === current ? 'step' : undefined} onClick={() => onGo(s)}>
            <span aria-hidden="true">{i + 1}</span> {t.stages[s]}
          </button>
        </li>
      ))}
    </ol>
  );
}

/** The visit wizard: opens the organisation's visit session (a lazy chunk, with its draft) and shows it once loaded. */
export function VisitWizard({ orgId }: { orgId: string }) {
  const { openVisit } = useServices();
  const [session, setSession] = useState<VisitSession | null>(null);

  useEffect(() => {
    let opened: VisitSession | null = null;
    let left = false;
    void openVisit(orgId).then(async (s) => {
      if (left) return;
      opened = s;
      await s.load();
      if (!left) setSession(s);
    });
    return () => {
      left = true;
      opened?.dispose();
    };
  }, []);

  return session ? <VisitFrame session={session} /> : <p class="loading">{common.loading}</p>;
}

/** The wizard's frame: resume/discard, the draft state, and each stage its part. */
function VisitFrame({ session }: { session: VisitSession }) {
  const heading = useRef<HTMLHeadingElement>(null);

  const draft = session.draft.value;
  const org = session.org.value;
  // After each move between stages and steps: start at the top (the sticky header would hide a
  // scrolled-to heading), and screen readers hear where they are.
  useEffect(() => {
    if (!heading.current) return;
    scrollTo(0, 0);
    heading.current.focus({ preventScroll: true });
  }, [draft?.stage, draft?.stepIndex]);

  if (!org || !draft) {
    return (
      <section>
        <h1 tabIndex={-1}>{t.orgNotFound}</h1>
        <a href={href(paths.registry())}>{common.backHome}</a>
      </section>
    );
  }
  if (session.finished.value) return <VisitDone org={org} visit={session.finished.value} />;

  const stageIndex = VISIT_STAGES.indexOf(draft.stage);
  const go = (stage: VisitStage) => session.update((d) => ({ ...d, stage }));
  const resumed = session.resumedFrom.value;
  const discard = () => confirm(t.discardConfirm) && void session.discard();

  return (
    <section class="visit">
      <h1 tabIndex={-1}>{t.title(org.name)}</h1>
      <p class="muted">{statusLabels[org.status]}</p>
      {resumed !== null && (
        <Banner tone="info" actions={<button type="button" onClick={discard}>{t.discard}</button>}>
          {t.resumed(new Date(resumed).toLocaleTimeString('vi-VN', { hour: '2-digit', minute: '2-digit' }))}
        </Banner>
      )}
      <StageNav current={draft.stage} onGo={go} />
      {!session.draftWrite.value.ok ? (
        <OutcomeBanner outcome={session.draftWrite.value} />
      ) : (
        <p class="visit__draft muted" role="status">
          {session.draftState.value === 'saved' ? t.draftSaved : session.draftState.value === 'pending' ? t.draftSaving : ''}
        </p>
      )}
      <h2 ref={heading} tabIndex={-1}>
        {t.stageOf(stageIndex + 1, VISIT_STAGES.length)}: {t.stages[draft.stage]}
      </h2>
      {draft.stage === 'guides' && <GuideChoice session={session} org={org} onNext={() => go('steps')} onSkip={() => go('outcome')} />}
      {draft.stage === 'steps' && <StepWalk session={session} onBack={() => go('guides')} onNext={() => go('problems')} />}
      {draft.stage === 'problems' && <ProblemsStage session={session} onBack={() => go('steps')} onNext={() => go('outcome')} />}
      {draft.stage === 'outcome' && <OutcomeStage session={session} org={org} onBack={() => go('problems')} />}
    </section>
  );
}
