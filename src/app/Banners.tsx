import { useEffect, useState } from 'preact/hooks';
import { useServices } from '../context/services';
import { common } from '../i18n/common';
import { paths } from '../routing/paths';
import { href } from '../routing/router';
import { Banner } from '../ui/Banner';

/** Everything the shell needs to tell the user about the app itself, never blocking the page. */
export function Banners() {
  const { pwa, status, dataLoss } = useServices();
  const lost = dataLoss.lost.value;
  const [updateDeferred, setUpdateDeferred] = useState(false);
  const [installDismissed, setInstallDismissed] = useState(false);
  const [readyDismissed, setReadyDismissed] = useState(false);
  const offlineReady = pwa.offlineReady.value;
  // A passing notice: it hides itself after a while.
  useEffect(() => {
    if (!offlineReady) return;
    const timer = setTimeout(() => setReadyDismissed(true), 10_000);
    return () => clearTimeout(timer);
  }, [offlineReady]);
  const reload = () => location.reload();
  // These two arrive on their own after the first paint: they float, so the page does not move (no layout shift).
  const showReady = offlineReady && !readyDismissed;
  const showInstall = pwa.canInstall.value && !installDismissed;

  return (
    <div class="banners">
      {status.versionChanged.value && (
        <Banner tone="warning" urgent actions={<button type="button" onClick={reload}>{common.reload}</button>}>
          {common.versionChange}
        </Banner>
      )}
      {status.upgradeBlocked.value && <Banner tone="warning">{common.blocked}</Banner>}
      {lost && (
        <Banner
          tone="danger"
          urgent
          actions={
            <>
              {/* A full page load (data-native): after a deletion under the open app its connection may not recover. */}
              <a class="button primary" href={href(paths.data())} data-native="">
                {common.dataLost.restore}
              </a>
              <button type="button" onClick={dataLoss.resolve}>
                {common.dataLost.startAfresh}
              </button>
            </>
          }
        >
          <span data-testid="data-lost">
            {common.dataLost.text(lost.records, lost.lastBackupAt === null ? null : new Date(lost.lastBackupAt).toLocaleString('vi-VN'))}
          </span>
        </Banner>
      )}
      {status.readOnly.value === 'newer-data' && (
        <Banner tone="danger" urgent actions={<button type="button" onClick={reload}>{common.reload}</button>}>
          {common.readOnlyNewer}
        </Banner>
      )}
      {status.staleChunk.value && <Banner tone="danger" urgent>{common.staleChunk}</Banner>}
      {pwa.updateWaiting.value && !updateDeferred && (
        <Banner
          tone="info"
          actions={
            <>
              <button type="button" class="primary" onClick={() => void pwa.acceptUpdate()}>
                {common.update.accept}
              </button>
              <button type="button" onClick={() => setUpdateDeferred(true)}>
                {common.update.later}
              </button>
            </>
          }
        >
          <strong>{common.update.available}</strong> {common.update.hint}
        </Banner>
      )}
      {(showReady || showInstall) && (
        <div class="banners__floating">
          {showReady && (
            <Banner tone="success" floating actions={<button type="button" onClick={() => setReadyDismissed(true)}>{common.ok}</button>}>
              {common.offlineReady}
            </Banner>
          )}
          {showInstall && (
            <Banner
              tone="info"
              floating
              actions={
                <>
                  <button type="button" onClick={() => void pwa.install()}>
                    {common.install.action}
                  </button>
                  <button type="button" onClick={() => setInstallDismissed(true)}>
                    {common.install.dismiss}
                  </button>
                </>
              }
            >
              {common.install.hint}
            </Banner>
          )}
        </div>
      )}
    </div>
  );
}
