import { common } from '../i18n/common';
import { paths } from '../routing/paths';
import { href } from '../routing/router';
import { SyncStatus } from '../features/team/SyncStatus';
import { Banners } from './Banners';
import { BottomNav } from './BottomNav';
import { ServicesContext } from './context';
import { RouteView } from './RouteView';
import type { Services } from './services';

function ConnectivityBadge({ online }: { online: boolean }) {
  return (
    <span class={`net net--${online ? 'on' : 'off'}`} role="status">
      <span aria-hidden="true">{online ? '●' : '○'}</span> {online ? common.online : common.offline}
      {!online && <span class="sr-only">{common.offlineHint}</span>}
    </span>
  );
}

function Body({ services }: { services: Services }) {
  const state = services.status.openState.value;
  if (state === 'failed') return <p class="banner banner--danger" role="alert">{common.openFailed}</p>;
  if (state === 'opening') return <p class="loading">{common.loading}</p>;
  return <RouteView />;
}

export function App({ services }: { services: Services }) {
  return (
    <ServicesContext.Provider value={services}>
      <a class="skip" href="#main">
        {common.skipToContent}
      </a>
      <header class="top">
        <a class="top__title" href={href(paths.registry())}>
          {common.appShortName}
        </a>
        <ConnectivityBadge online={services.pwa.online.value} />
      </header>
      <Banners />
      <SyncStatus />
      <main id="main">
        <Body services={services} />
      </main>
      <BottomNav />
    </ServicesContext.Provider>
  );
}
