import { renderToString } from 'preact-render-to-string';
import type { RegistryQuery } from '../domain/registry-query';
import { NO_COUNTS, RegistryControls, RegistryHead } from '../features/registry/RegistryFrame';
import { common } from '../i18n/common';
import { AppFrame } from './AppFrame';

const LIST: RegistryQuery = { q: '', commune: '', kind: '', status: '', due: '', problem: false, mine: false, sort: 'name' };

/**
 * The first paint, rendered into index.html at build time
 * (scripts/vite-plugin-app-shell.ts): the shell around the registry's frame,
 * exactly as the app renders them while the records load, so the page is
 * painted before any script runs and nothing moves when the app takes over.
 */
export function renderShell(): string {
  return renderToString(
    <AppFrame online banners={<div class="banners" />}>
      <section class="registry">
        <RegistryHead />
        <RegistryControls query={LIST} counts={NO_COUNTS} units={null} userName="" status={common.loadingRecords(0)} onChange={() => {}} />
      </section>
    </AppFrame>,
  );
}
