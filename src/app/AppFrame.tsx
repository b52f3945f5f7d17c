import type { ComponentChildren } from 'preact';
import { common } from '../i18n/common';
import { paths } from '../routing/paths';
import { href } from '../routing/router';
import { BottomNav } from './BottomNav';

function ConnectivityBadge({ online }: { online: boolean }) {
  return (
    <span class={`net net--${online ? 'on' : 'off'}`} role="status">
      <span aria-hidden="true">{online ? '●' : '○'}</span> {online ? common.online : common.offline}
      {!online && <span class="sr-only">{common.offlineHint}</span>}
    </span>
  );
}

/**
 * The boxes around every page: header, banners, main, bottom navigation. The app
 * renders it, and the build renders it into index.html (`prerender.tsx`), so the
 * first paint needs no script and nothing moves when the app takes over.
 */
export function AppFrame({ online, banners, children }: { online: boolean; banners: ComponentChildren; children: ComponentChildren }) {
  return (
    <>
      <a class="skip" href="#main">
        {common.skipToContent}
      </a>
      <header class="top">
        <a class="top__title" href={href(paths.registry())}>
          {common.appShortName}
        </a>
        <ConnectivityBadge online={online} />
      </header>
      {banners}
      <main id="main">{children}</main>
      <BottomNav />
    </>
  );
}
