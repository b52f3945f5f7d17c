import './guide-step.css';
import type { GuideStep } from '../../content/guides/schema';
import { guidesText as t } from '../../i18n/guides';

/** A step's detail, unconfirmed note and check: shared by the guide page and the visit wizard. */
export function GuideStepBody({ step }: { step: GuideStep }) {
  return (
    <>
      <p>{step.detail}</p>
      {step.unconfirmed && <p class="banner banner--warning">{t.unconfirmed}</p>}
      {step.check && (
        <p class="guide-check">
          <strong>{t.check}</strong> {step.check}
        </p>
      )}
    </>
  );
}
