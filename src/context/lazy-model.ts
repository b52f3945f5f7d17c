import { useEffect, useState } from 'preact/hooks';

/**
 * A model whose code is a lazy chunk (`*.chunk.ts`): built on first use, then
 * the same instance for the life of the app, so state such as a running import
 * survives leaving its page.
 */
export interface LazyModel<M> {
  (): Promise<M>;
  /** The model once built, else null. */
  readonly current: M | null;
}

/** The one way the composition root defers a heavy model: `lazyModel(() => import('…chunk').then((m) => m.createXModel(deps)))`. */
export function lazyModel<M>(build: () => Promise<M>): LazyModel<M> {
  let pending: Promise<M> | null = null;
  let current: M | null = null;
  const get = () => {
    // A chunk that failed to load (offline, old deploy) is tried again on the next use.
    pending ??= build().then(
      (model) => (current = model),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    );
    return pending;
  };
  return Object.defineProperty(get, 'current', { get: () => current }) as LazyModel<M>;
}

/** The lazy model for a component: null while its chunk loads (the page shows "loading"), then the model. */
export function useLazyModel<M>(lazy: LazyModel<M>): M | null {
  const [model, setModel] = useState(lazy.current);
  useEffect(() => {
    if (!model) void lazy().then(setModel);
  }, [lazy]);
  return model;
}
