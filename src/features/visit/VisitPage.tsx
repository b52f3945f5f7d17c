import type { PageProps } from '../../routing/page-props';
import { VisitWizard } from './VisitWizard';

/** /to-chuc/:id/tham (shown once the records are read: see routes.ts). A new id gets a fresh wizard (and session). */
export default function VisitPage({ params }: PageProps) {
  return <VisitWizard key={params.id} orgId={params.id ?? ''} />;
}
