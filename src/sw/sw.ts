/// <reference lib="webworker" />
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { guideFolderPath, isAppRoute } from './navigation';

declare const self: ServiceWorkerGlobalScope & {
  __WB_MANIFEST: Array<{ url: string; revision: string | null }>;
};

// Every built asset, lazy chunks and public guide pages included, so every
// surface works offline after one visit.
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

const scope = new URL(self.registration.scope).pathname;

// A guide page typed without its trailing slash goes to its folder URL, online
// or not; the folder's index.html then comes from the precache above.
registerRoute(
  ({ request, url }) => request.mode === 'navigate' && guideFolderPath(url.pathname, scope) !== null,
  async ({ url }) => Response.redirect(new URL(guideFolderPath(url.pathname, scope)! + url.search, url).href, 301),
);

// App routes (/to-chuc/123, /cai-dat, /?q=fpt.vn …) all load the shell. Guide
// pages are real pre-rendered HTML files and are served as themselves.
registerRoute(({ request, url }) => request.mode === 'navigate' && isAppRoute(url.pathname, scope), createHandlerBoundToURL('index.html'));

// A waiting version takes over only when the page asks, after the user accepted
// and drafts were saved; it then claims every tab so they reload together.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});
clientsClaim();
