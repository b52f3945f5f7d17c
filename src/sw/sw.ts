/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

// Every built asset, lazy chunks and public guide pages included, so every
// surface works offline after one visit.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

// App routes (/to-chuc/123, /cai-dat …) all load the shell. Guide pages are
// real pre-rendered HTML files and are served from the precache as themselves.
registerRoute(
  new NavigationRoute(createHandlerBoundToURL('index.html'), {
    denylist: [/\/huong-dan(\/|$)/, /\.[a-z0-9]+$/i],
  }),
);

// A waiting version takes over only when the page asks, after the user accepted
// and drafts were saved; it then claims every tab so they reload together.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();
