/**
 * Anything holding unsaved work registers a flush here. Before any reload the
 * app does not control (update accepted, schema upgrade elsewhere, stale chunk),
 * every flush runs first, so drafts survive.
 */
type Flush = () => Promise<void>;
const flushes = new Set<Flush>();

export function registerFlush(flush: Flush): () => void {
  flushes.add(flush);
  return () => flushes.delete(flush);
}

export async function flushAll(): Promise<void> {
  await Promise.allSettled([...flushes].map((f) => f()));
}
