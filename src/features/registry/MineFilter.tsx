import { common } from '../../i18n/common';
import { registryText } from '../../i18n/registry';
import { teamWorkText as t } from '../../i18n/team-work';
import { paths } from '../../routing/paths';
import { href } from '../../routing/router';

interface Props {
  checked: boolean;
  count: number;
  userName: string;
  onChange: (mine: boolean) => void;
}

/** "Của tôi": the organisations assigned to this phone's user; with no name set, how to set one. */
export function MineFilter({ checked, count, userName, onChange }: Props) {
  return (
    <div class="mine">
      <label class="check">
        <input type="checkbox" checked={checked && Boolean(userName)} disabled={!userName} onChange={(e) => onChange(e.currentTarget.checked)} />
        {userName ? registryText.withCount(t.mine, count) : t.mine}
      </label>
      {!userName && (
        <p class="muted small" data-testid="mine-no-name">
          {t.mineNoName} <a href={href(paths.settings())}>{common.nav.settings}</a>.
        </p>
      )}
    </div>
  );
}
