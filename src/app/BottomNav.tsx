import { common } from '../i18n/common';
import { PATTERNS as P, paths } from '../routing/paths';
import { currentLocation, href } from '../routing/router';

const items = [
  { path: paths.registry(), label: common.nav.registry, icon: '▤', match: [P.home, P.registry] },
  { path: paths.guides(), label: common.nav.guides, icon: '☰', match: [P.guides] },
  { path: paths.qr(), label: common.nav.qr, icon: '▣', match: [P.qr, P.counter, P.print, P.documents] },
  { path: paths.progress(), label: common.nav.progress, icon: '◔', match: [P.progress] },
  { path: paths.more(), label: common.nav.more, icon: '⋯', match: [P.more, P.data, P.settings] },
];

function isCurrent(path: string, match: string[]): boolean {
  return match.some((m) => (m === '/' ? path === '/' : path === m || path.startsWith(`${m}/`)));
}

/** Thumb-reach navigation at the bottom of the screen. */
export function BottomNav() {
  const path = currentLocation.value.path;
  return (
    <nav class="bottom-nav" aria-label={common.nav.label}>
      {items.map((item) => (
        <a key={item.path} href={href(item.path)} aria-current={isCurrent(path, item.match) ? 'page' : undefined}>
          <span aria-hidden="true" class="bottom-nav__icon">
            {item.icon}
          </span>
          <span>{item.label}</span>
        </a>
      ))}
    </nav>
  );
}
