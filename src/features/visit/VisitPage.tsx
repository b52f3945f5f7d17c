import { useServices } from '../../app/context';
import type { PageProps } from '../../app/routes';
import { common } from '../../i18n/common';
import { VisitWizard } from './VisitWizard';

/** /to-chuc/:id/tham. Waits for the registry to load; a new id gets a fresh wizard (and session). */
export default function VisitPage({ params }: PageProps) {
  const { status } = useServices();
  if (status.openState.value !== 'ready') return <p class="loading">{common.loading}</p>;
  return <VisitWizard key={params.id} orgId={params.id ?? ''} />;
}
