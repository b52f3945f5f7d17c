import { useState } from 'preact/hooks';
import { useServices } from '../../app/context';
import { registryText as t } from '../../i18n/registry';
import { Banner } from '../../ui/Banner';

/**
 * The undo offer after a delete, and the demo-data warning with its one-tap
 * removal. With a registry already filled, demo data is offered only when
 * Settings asks for it (training), so it is never added by a stray tap.
 */
export function RegistryBanners() {
  const { registry, settings } = useServices();
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const deleted = registry.lastDeleted.value;
  const demo = registry.demoCount();

  async function run(action: () => Promise<{ ok: boolean; id?: string; message?: string }>, done: (id: string) => string) {
    setBusy(true);
    const result = await action();
    setBusy(false);
    setMessage(result.ok ? done(result.id ?? '') : (result.message ?? ''));
  }

  return (
    <>
      {deleted && (
        <Banner
          tone="info"
          actions={
            <button type="button" class="primary" disabled={busy} onClick={() => run(registry.undoRemove, () => t.restored(deleted.name))}>
              {t.undo}
            </button>
          }
        >
          {t.deleted(deleted.name)}
        </Banner>
      )}
      {demo > 0 && (
        <Banner
          tone="warning"
          actions={
            <button type="button" class="danger" disabled={busy} onClick={() => run(registry.removeDemo, (n) => t.demoRemoved(Number(n)))}>
              {t.removeDemo}
            </button>
          }
        >
          {t.demoBanner(demo)}
        </Banner>
      )}
      {demo === 0 && settings.settings.value.demoData && registry.total() > 0 && (
        <p>
          <button type="button" disabled={busy} onClick={() => run(registry.loadDemo, () => '')}>
            {t.useDemo}
          </button>
        </p>
      )}
      <p role="status" class="registry__message">
        {message}
      </p>
    </>
  );
}
