import { render } from 'preact';
import { App } from './app/App';
import { startRouter } from './app/router';
import { createServices } from './app/services';
import { reloadOnceForStaleChunk } from './pwa/guarded-reload';
import './app/app.css';

const services = createServices();
addEventListener('vite:preloadError', (event) => {
  event.preventDefault();
  void reloadOnceForStaleChunk().then((reloaded) => {
    if (!reloaded) services.status.staleChunk.value = true;
  });
});
startRouter();
render(<App services={services} />, document.getElementById('app')!);
void services.open();
void services.pwa.start(`${import.meta.env.BASE_URL}sw.js`, import.meta.env.BASE_URL);
