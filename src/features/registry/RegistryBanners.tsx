import { useState } from 'preact/hooks';
import { useServices } from '../../context/services';
import type { Outcome } from '../../domain/outcome';
import { registryText as t } from '../../i18n/registry';
import { Banner } from '../../ui/Banner';
import { OutcomeBanner } from '../../ui/OutcomeBanner';

/**
 * The undo offer after a delete, and the demo-data warning with its one-tap
 * removal. With a registry already filled, demo data is offered only when
 * Settings asks for it (training), so it is never added by a stray tap.
 */
export function RegistryBanners() {
  const { registry, settings } = useServices();
  const [shown, setShown] = useState<{ outcome: Outcome<unknown>; success?: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const deleted = registry.lastDeleted.value;
  const demo = registry.demoCount();

  async function run<T>(action: () => Promise<Outcome<T>>, done?: (value: T) => string) {
    setBusy(true);
    const outcome = await action();
    setBusy(false);
    setShown({ outcome, success: outcome.ok ? done?.(outcome.value) : undefined });
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
            <button type="button" class="danger" disabled={busy} onClick={() => run(registry.removeDemo, (n) => t.demoRemoved(n))}>
              {t.removeDemo}
            </button>
          }
        >
          {t.demoBanner(demo)}
        </Banner>
      )}
      {demo === 0 && settings.settings.value.demoData && registry.total() > 0 && (
        <p>
          <button type="button" disabled={busy} onClick={() => run(registry.loadDemo)}>
            {t.useDemo}
          </button>
        </p>
      )}
      <OutcomeBanner outcome={shown?.outcome ?? null} success={shown?.success} />
    </>
  );
}
