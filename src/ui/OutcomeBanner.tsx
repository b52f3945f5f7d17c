import { Banner } from './Banner';

interface OutcomeBannerProps {
  /** The last action's outcome, or null before any. Any `{ ok, message }` result fits. */
  outcome: { ok: true } | { ok: false; message: string } | null;
  /** What to say when it succeeded; nothing is shown for a success without it (the page itself shows the change). */
  success?: string;
  testId?: string;
}

/** The one way an action's result is shown: a success line, or why it failed (assertive, as it blocks work). */
export function OutcomeBanner({ outcome, success, testId }: OutcomeBannerProps) {
  if (!outcome || (outcome.ok && !success)) return null;
  return (
    <div data-testid={testId}>
      {outcome.ok ? <Banner tone="success">{success}</Banner> : <Banner tone="danger" urgent>{outcome.message}</Banner>}
    </div>
  );
}
