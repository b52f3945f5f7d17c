import { common } from '../i18n/common';
import { Banners } from './Banners';
import { AppFrame } from './AppFrame';
import { ServicesContext } from './context';
import { RouteView } from './RouteView';
import type { Services } from './services';

function Body({ services }: { services: Services }) {
  const state = services.status.openState.value;
  if (state === 'failed') return <p class="banner banner--danger" role="alert">{common.openFailed}</p>;
  return <RouteView />;
}

export function App({ services }: { services: Services }) {
  return (
    <ServicesContext.Provider value={services}>
      <AppFrame online={services.pwa.online.value} banners={<Banners />}>
        <Body services={services} />
      </AppFrame>
    </ServicesContext.Provider>
  );
}
