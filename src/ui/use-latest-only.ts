import { useRef } from 'preact/hooks';

/**
 * For answers that may overlap (a file picked while the last is still read, a list re-read while the
 * previous read is out): `latest(work, use)` hands the answer to `use` only when no later call started
 * meanwhile, so a slow earlier answer never replaces a newer one on screen.
 */
export function useLatestOnly(): <T>(work: Promise<T>, use: (value: T) => void) => Promise<void> {
  const latest = useRef(0);
  return async (work, use) => {
    const mine = ++latest.current;
    const value = await work;
    if (mine === latest.current) use(value);
  };
}
