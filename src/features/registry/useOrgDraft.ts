import { useEffect, useRef, useState } from 'preact/hooks';
import { describeDraftError } from '../../context/describe-error';
import { useServices } from '../../context/services';
import { type OrgDraft, readOrgDraft } from '../../domain/organisation-edit';
import type { OrgFormValues } from '../../domain/organisation-form';
import { done, failed, type Outcome } from '../../domain/outcome';
import { registerFlush } from '../../pwa/flush';

const DELAY_MS = 400;

/**
 * Form values and their base (the record's values when the form opened)
 * autosaved as a draft under `key`: written a moment after each change, and at
 * once before any reload the app does not control (update, upgrade), so typed
 * work survives both. `ready` is false until the stored draft (if any) has been
 * read; `restored` says one was found; `written` is how the last write ended.
 */
export function useOrgDraft(key: string, initial: () => OrgDraft) {
  const { drafts } = useServices().registry;
  const [draft, setDraft] = useState<OrgDraft>(initial);
  const [ready, setReady] = useState(false);
  const [restored, setRestored] = useState(false);
  const [written, setWritten] = useState<Outcome>(done);
  const pending = useRef<OrgDraft | null>(null);
  const latest = useRef(draft);
  latest.current = draft;

  async function write(d: OrgDraft): Promise<void> {
    try {
      await drafts.put(key, d);
      setWritten(done);
    } catch (error) {
      setWritten(failed(describeDraftError(error)));
    }
  }

  async function flush(): Promise<void> {
    const d = pending.current;
    pending.current = null;
    if (d) await write(d);
  }

  useEffect(() => {
    let live = true;
    void drafts.get<unknown>(key).then((stored) => {
      if (!live) return;
      const found = stored ? readOrgDraft(stored.value, initial().base) : null;
      if (found) {
        setDraft(found);
        setRestored(true);
      }
      setReady(true);
    });
    const unregister = registerFlush(flush);
    return () => {
      live = false;
      unregister();
      void flush();
    };
  }, [key]);

  useEffect(() => {
    if (!pending.current) return;
    const timer = setTimeout(() => void flush(), DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft]);

  function replace(next: OrgDraft): void {
    latest.current = next;
    pending.current = next;
    setDraft(next);
  }

  function update(patch: Partial<OrgFormValues>): void {
    replace({ ...latest.current, values: { ...latest.current.values, ...patch } });
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
    setDraft(latest.current);
    setRestored(false);
  }

  return { values: draft.values, base: draft.base, update, replace, ready, restored, written, discard, reset };
}
