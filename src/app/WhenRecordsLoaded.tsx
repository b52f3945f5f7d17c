import type { ComponentChildren } from 'preact';
import { common } from '../i18n/common';
import { useServices } from './context';

/**
 * Shows its children only once every record has been read. A page that builds
 * state from a record (an edit form, a visit) must not start from "not loaded
 * yet", which looks exactly like "not there".
 */
export function WhenRecordsLoaded({ children }: { children: ComponentChildren }) {
  const { status } = useServices();
  if (status.openState.value !== 'ready') return <p class="loading" role="status">{common.loadingRecords(status.loadedRecords.value)}</p>;
  return <>{children}</>;
}
