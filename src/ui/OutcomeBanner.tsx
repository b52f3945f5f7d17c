import { Banner } from './Banner';

interface OutcomeBannerProps {
  /** The last action's outcome, or null before any. Any `{ ok, message }` result fits. */
  outcome: { ok: true } | { ok: false; message: string } | null;
  /** What to say when it succeeded; nothing is shown for a success without it (the page itself shows the change). */
  success?: string | undefined;
  /** The action did only part of its work (cancelled halfway; a file made but its time not recorded): a warning, said politely. */
  partial?: boolean;
  testId?: string;
}

/** The one way an action's result is shown: a success line, or why it failed (assertive, as it blocks work). */
export function OutcomeBanner({ outcome, success, partial = false, testId }: OutcomeBannerProps) {
  if (!outcome || (outcome.ok && !success)) return null;
  const text = outcome.ok ? success : outcome.message;
  return (
    <div data-testid={testId}>
      {partial ? <Banner tone="warning">{text}</Banner> : outcome.ok ? <Banner tone="success">{text}</Banner> : <Banner tone="danger" urgent>{text}</Banner>}
    </div>
  );
}
