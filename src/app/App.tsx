import type { Services } from '../context/services';
import { ServicesContext } from '../context/services';
import { SyncStatus } from '../features/team/SyncStatus';
import { common } from '../i18n/common';
import { AppFrame } from './AppFrame';
import { Banners } from './Banners';
import { RouteView } from './RouteView';
// The first screen's styles come with the shell: the prerendered frame is painted before any chunk loads.
import '../features/registry/registry.css';

function Body({ services }: { services: Services }) {
  const state = services.status.openState.value;
  if (state === 'failed') return <p class="banner banner--danger" role="alert">{common.openFailed}</p>;
  return <RouteView />;
}

export function App({ services }: { services: Services }) {
  return (
    <ServicesContext.Provider value={services}>
      <AppFrame
        online={services.pwa.online.value}
        banners={
          <>
            <Banners />
            <SyncStatus />
          </>
        }
      >
        <Body services={services} />
      </AppFrame>
    </ServicesContext.Provider>
  );
}
