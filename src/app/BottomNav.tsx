import { common } from '../i18n/common';
import { currentLocation, href } from './router';

const items = [
  { path: '/', label: common.nav.registry, icon: '▤', match: ['/', '/to-chuc'] },
  { path: '/cam-nang', label: common.nav.guides, icon: '☰', match: ['/cam-nang'] },
  { path: '/qr', label: common.nav.qr, icon: '▣', match: ['/qr', '/quay', '/in', '/tai-lieu'] },
  { path: '/tien-do', label: common.nav.progress, icon: '◔', match: ['/tien-do'] },
  { path: '/them', label: common.nav.more, icon: '⋯', match: ['/them', '/du-lieu', '/cai-dat'] },
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
