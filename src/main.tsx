import { render } from 'preact';
import { App } from './app/App';
import { loadPage, matchRoute } from './app/routes';
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
void services.open();
// The first screen's frame is prerendered in index.html: it stays until the page's
// chunk is here, so the app replaces it with the same boxes (no blank, no shift).
const first = matchRoute(currentLocation.value.path);
void (first ? loadPage(first.route) : Promise.resolve())
  .catch(() => {})
  .then(() => {
    const root = document.getElementById('app')!;
    root.textContent = '';
    render(<App services={services} />, root);
  });
void services.pwa.start(`${import.meta.env.BASE_URL}sw.js`, import.meta.env.BASE_URL);
