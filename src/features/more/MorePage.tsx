import { href } from '../../app/router';
import { common } from '../../i18n/common';

const m = common.more;
const links = [
  { path: '/hen', label: m.followUps, note: m.followUpsNote },
  { path: '/tra-cuu-nhanh', label: m.quickRef, note: m.quickRefNote },
  { path: '/du-lieu', label: common.nav.data, note: m.dataNote },
  { path: '/tai-lieu', label: common.nav.documents, note: m.documentsNote },
  { path: '/quay', label: common.nav.counter, note: m.counterNote },
  { path: '/cai-dat', label: common.nav.settings, note: m.settingsNote },
];

export default function MorePage() {
  return (
    <section>
      <h1 tabIndex={-1}>{common.nav.more}</h1>
      <ul class="menu">
        {links.map((l) => (
          <li key={l.path}>
            <a href={href(l.path)}>
              <strong>{l.label}</strong>
              <span class="muted">{l.note}</span>
            </a>
          </li>
        ))}
      </ul>
      <p class="muted" data-testid="app-build">
        {common.version} {__APP_BUILD__}
      </p>
    </section>
  );
}
