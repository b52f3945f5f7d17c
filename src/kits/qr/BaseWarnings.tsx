import type { BaseUrlWarning } from '../../domain/links';
import { qrText as t } from '../../i18n/qr';
import { paths } from '../../routing/paths';
import { href } from '../../routing/router';
import { Banner } from '../../ui/Banner';

/** Warns, before anyone prints, that the codes point somewhere citizens' phones cannot open. */
export function BaseWarnings({ warnings, base }: { warnings: BaseUrlWarning[]; base: string }) {
  if (warnings.length === 0) return null;
  return (
    <Banner tone={warnings[0] === 'not-https' ? 'warning' : 'danger'} actions={<a href={href(paths.settings())}>{t.settingsLink}</a>}>
      <p class="base-warning__url">{base}</p>
      {warnings.map((w) => (
        <p key={w} data-testid={`base-warning-${w}`}>
          {t.warnings[w]}
        </p>
      ))}
    </Banner>
  );
}
