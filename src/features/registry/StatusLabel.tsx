import type { Status } from '../../domain/status';
import { statusLabels } from '../../i18n/labels';

/** Status as text on a coloured pill: the text carries the meaning, colour only helps scanning. */
export function StatusLabel({ status }: { status: Status }) {
  return <span class={`status status--${status}`}>{statusLabels[status]}</span>;
}
