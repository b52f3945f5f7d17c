import { useEffect, useRef, useState } from 'preact/hooks';
import { useServices } from '../../app/context';
import type { OrgFormValues } from '../../domain/organisation-form';
import { registerFlush } from '../../pwa/flush';

const DELAY_MS = 400;

/**
 * Form values autosaved as a draft under `key`: written a moment after each
 * change, and at once before any reload the app does not control (update,
 * upgrade), so typed work survives both. `ready` is false until the stored draft
 * (if any) has been read; `restored` says one was found.
 */
export function useOrgDraft(key: string, initial: () => OrgFormValues) {
  const { drafts } = useServices();
  const [values, setValues] = useState<OrgFormValues>(initial);
  const [ready, setReady] = useState(false);
  const [restored, setRestored] = useState(false);
  const pending = useRef<OrgFormValues | null>(null);
  const latest = useRef(values);
  latest.current = values;

  useEffect(() => {
    let live = true;
    void drafts.get<OrgFormValues>(key).then((draft) => {
      if (!live) return;
      if (draft) {
        setValues({ ...initial(), ...draft.value });
        setRestored(true);
      }
      setReady(true);
    });
    const flush = async () => {
      const v = pending.current;
      pending.current = null;
      if (v) await drafts.put(key, v);
    };
    const unregister = registerFlush(flush);
    return () => {
      live = false;
      unregister();
      void flush();
    };
  }, [key]);

  useEffect(() => {
    if (!pending.current) return;
    const timer = setTimeout(() => {
      const v = pending.current;
      pending.current = null;
      if (v) void drafts.put(key, v);
    }, DELAY_MS);
    return () => clearTimeout(timer);
  }, [values]);

  function update(patch: Partial<OrgFormValues>) {
    const next = { ...latest.current, ...patch };
    latest.current = next;
    pending.current = next;
    setValues(next);
  }

  /** Forgets the draft (after a save, or when the user discards it). */
  async function discard(): Promise<void> {
    pending.current = null;
    await drafts.remove(key);
  }

  /** Drops the restored draft and starts again from the record (or an empty form). */
  async function reset(): Promise<void> {
    await discard();
    latest.current = initial();
    setValues(latest.current);
    setRestored(false);
  }

  return { values, update, ready, restored, discard, reset };
}
