import { render } from 'preact';
import { App } from './app/App';
import { loadPage, matchRoute } from './app/routes';
import { createServices } from './app/services';
import { reloadOnceForStaleChunk } from './pwa/guarded-reload';
import { currentLocation, startRouter } from './routing/router';
import { nextTask } from './ui/next-task';
import './app/app.css';

/**
 * Start-up in steps, each its own task: on a phone four times slower than this machine,
 * one task doing all of it held the page (and its first paint) for a third of a second.
 */
async function start(): Promise<void> {
  await nextTask();
  const services = createServices();
  addEventListener('vite:preloadError', (event) => {
    event.preventDefault();
    void reloadOnceForStaleChunk().then((reloaded) => {
      if (!reloaded) services.status.staleChunk.value = true;
    });
  });
  startRouter();
  await nextTask();
  void services.open();
  // The first screen's frame is prerendered in index.html: it stays until the page's
  // chunk is here, then the app renders over it, reusing its elements (no blank, no shift,
  // and far fewer DOM operations on a slow phone than rebuilding them).
  const first = matchRoute(currentLocation.value.path);
  if (first) await loadPage(first.route).catch(() => {});
  render(<App services={services} />, document.getElementById('app')!);
  // The service worker's registration (its chunk, a request) waits for the first screen.
  await nextTask();
  void services.pwa.start(`${import.meta.env.BASE_URL}sw.js`, import.meta.env.BASE_URL);
}

void start();
