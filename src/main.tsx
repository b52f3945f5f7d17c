import { render } from 'preact';
import { App } from './app/App';
import { matchRoute } from './app/routes';
import { createServices } from './app/services';
import { reloadOnceForStaleChunk } from './pwa/guarded-reload';
import { currentLocation, startRouter } from './routing/router';
import './app/app.css';

const services = createServices();
addEventListener('vite:preloadError', (event) => {
  event.preventDefault();
  void reloadOnceForStaleChunk().then((reloaded) => {
    if (!reloaded) services.status.staleChunk.value = true;
  });
});
startRouter();
// Fetch the first screen's chunk while the database opens, not after.
void matchRoute(currentLocation.value.path)?.route.load().catch(() => {});
const root = document.getElementById('app')!;
// The static placeholder shell in index.html only holds the layout until now.
root.textContent = '';
render(<App services={services} />, root);
void services.open();
void services.pwa.start(`${import.meta.env.BASE_URL}sw.js`, import.meta.env.BASE_URL);
