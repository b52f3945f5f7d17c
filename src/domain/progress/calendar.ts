import { daysBetween, type IsoDate } from '../dates';

const DAY_MS = 86_400_000;

function utcMidnight(date: IsoDate): number {
  const [y, m, d] = date.split('-').map(Number);
  return Date.UTC(y!, m! - 1, d!);
}

/** The calendar date n days after `date` (n may be negative); UTC arithmetic so DST never shifts it. */
export function addDays(date: IsoDate, n: number): IsoDate {
  return new Date(utcMidnight(date) + n * DAY_MS).toISOString().slice(0, 10);
}

/**
 * A quick first test of whether a moment can fall on a local day from `from` to `to`: false only
 * when it lies more than a day outside those dates in UTC, as no time zone does. It spares the
 * conversion to a local day (a Date per call) for the many moments far outside a short window.
 */
export function couldFallWithin(from: IsoDate, to: IsoDate): (at: number) => boolean {
  const earliest = utcMidnight(from) - DAY_MS;
  const latest = utcMidnight(to) + 2 * DAY_MS;
  return (at) => at >= earliest && at < latest;
}

/** The Monday starting the week that contains `date` (Vietnamese weeks start on Monday). */
export function startOfWeek(date: IsoDate): IsoDate {
  const [y, m, d] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(y!, m! - 1, d!)).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/** Calendar order for sorting: plain string order, which `localeCompare` gives far more slowly. */
export const byIsoDate = (a: IsoDate, b: IsoDate): number => (a < b ? -1 : a > b ? 1 : 0);

/** Whether `date` lies in [from, to], both inclusive. ISO dates compare as strings. */
export function isWithin(date: IsoDate, from: IsoDate, to: IsoDate): boolean {
  return date >= from && date <= to;
}

export { daysBetween };

/**
 * The week (Monday to Sunday) that contains `today`, with a test for timestamps. Its ends are worked
 * out once here: per call, the date arithmetic was most of the dashboard's time at 100,000 organisations.
 */
export function weekContaining(today: IsoDate, toDate: (at: number) => IsoDate): { start: IsoDate; contains: (at: number) => boolean } {
  const start = startOfWeek(today);
  const end = addDays(start, 6);
  const near = couldFallWithin(start, end);
  return { start, contains: (at) => near(at) && isWithin(toDate(at), start, end) };
}
