import { z } from 'zod/mini';

/** Seconds each code stays on the counter screen: bounds of the `t` URL parameter and of the QR page's field. */
export const COUNTER_SECONDS = { min: 3, max: 600, fallback: 15 } as const;

/** A finite number of seconds (zod refuses NaN and ±Infinity), rounded and held within the bounds. */
const secondsSchema = z.pipe(
  z.coerce.number(),
  z.transform((n) => Math.min(COUNTER_SECONDS.max, Math.max(COUNTER_SECONDS.min, Math.round(n)))),
);

/**
 * The rotation interval from `?t=`. The URL is user input (typed, bookmarked,
 * put in a QR): `t=Infinity` once became a 0 ms timer that spun the screen, so
 * anything that is not a finite number gives the default.
 */
export function parseCounterSeconds(param: string | null): number {
  if (param === null || param.trim() === '') return COUNTER_SECONDS.fallback;
  const parsed = secondsSchema.safeParse(param);
  return parsed.success ? parsed.data : COUNTER_SECONDS.fallback;
}
