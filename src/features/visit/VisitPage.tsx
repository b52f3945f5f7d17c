import { WhenRecordsLoaded } from '../../app/WhenRecordsLoaded';
import type { PageProps } from '../../routing/page-props';
import { VisitWizard } from './VisitWizard';

/** /to-chuc/:id/tham. Waits for the registry to load; a new id gets a fresh wizard (and session). */
export default function VisitPage({ params }: PageProps) {
  return (
    <WhenRecordsLoaded>
      <VisitWizard key={params.id} orgId={params.id ?? ''} />
    </WhenRecordsLoaded>
  );
}
