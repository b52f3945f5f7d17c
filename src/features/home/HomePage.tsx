import { useServices } from '../../app/context';
import { href } from '../../app/router';
import { common } from '../../i18n/common';

/** Placeholder first screen until the registry list takes over '/'. */
export default function HomePage() {
  const { organisations, status } = useServices();
  return (
    <section>
      <h1 tabIndex={-1}>{common.nav.registry}</h1>
      {status.openState.value === 'loading' && <p>{common.loadingRecords(status.loadedRecords.value)}</p>}
      <p>{organisations.all().length.toLocaleString('vi-VN')} tổ chức trên máy.</p>
      <p>
        <a href={href('/cai-dat')}>{common.nav.settings}</a>
      </p>
    </section>
  );
}
