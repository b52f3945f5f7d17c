import { common } from '../../i18n/common';
import { teamText } from '../../i18n/team';
import { paths } from '../../routing/paths';
import { href } from '../../routing/router';

const m = common.more;
const links = [
  { path: paths.followUps(), label: m.followUps, note: m.followUpsNote },
  { path: paths.quickRef(), label: m.quickRef, note: m.quickRefNote },
  { path: paths.data(), label: common.nav.data, note: m.dataNote },
  { path: paths.team(), label: teamText.title, note: teamText.intro },
  { path: paths.documents(), label: common.nav.documents, note: m.documentsNote },
  { path: paths.counter(), label: common.nav.counter, note: m.counterNote },
  { path: paths.settings(), label: common.nav.settings, note: m.settingsNote },
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
