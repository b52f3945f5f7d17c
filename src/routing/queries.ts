import { z } from 'zod/mini';
import { parseCounterSeconds } from '../domain/counter-seconds';
import { ISO_DATE } from '../domain/dates';

/**
 * One schema per route query. The URL is user input (typed, bookmarked, printed
 * in a QR code), so every value is checked and an unknown one falls back to the
 * default instead of failing the page. The registry's query (`/`, `/to-chuc`,
 * `/du-lieu`) is `domain/registry-query.ts`.
 */

/** What a QR, counter or print URL points to: guide slugs (`g`) and document ids (`d`). */
export interface QrSelection {
  g: string[];
  d: string[];
}

/** Error-correction levels as written in `ec=`; `features/qr` encodes with the same four. */
export const EC_PARAM_VALUES = ['L', 'M', 'Q', 'H'] as const;
export type EcParam = (typeof EC_PARAM_VALUES)[number];
const ecSchema = z.catch(z.enum(EC_PARAM_VALUES), 'M');

export const PRINT_FORMATS = ['poster', 'flyer'] as const;
export type PrintFormat = (typeof PRINT_FORMATS)[number];

export interface CounterQuery extends QrSelection {
  /** Seconds per code, bounded (`domain/counter-seconds.ts`). */
  t: number;
  ec: EcParam;
}

export interface PrintQuery extends QrSelection {
  f: PrintFormat;
  /** Copies asked for, or 0 when missing or not a finite number (the page then picks a full sheet). */
  n: number;
  ec: EcParam;
}

/** `?g=a,b&d=x` (repeated parameters work too). */
function readSelection(params: URLSearchParams): QrSelection {
  const list = (name: string) => params.getAll(name).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
  return { g: list('g'), d: list('d') };
}

export function parseQrQuery(params: URLSearchParams): QrSelection {
  return readSelection(params);
}

export function parseCounterQuery(params: URLSearchParams): CounterQuery {
  return { ...readSelection(params), t: parseCounterSeconds(params.get('t')), ec: ecSchema.parse(params.get('ec')) };
}

const printSchema = z.object({
  f: z.catch(z.enum(PRINT_FORMATS), 'poster'),
  n: z.catch(z.coerce.number(), 0),
  ec: ecSchema,
});

export function parsePrintQuery(params: URLSearchParams): PrintQuery {
  return { ...readSelection(params), ...printSchema.parse({ f: params.get('f'), n: params.get('n') ?? '', ec: params.get('ec') }) };
}

const followUpsSchema = z.object({ ngay: z.catch(z.string().check(z.regex(ISO_DATE)), '') });

/** `/hen?ngay=YYYY-MM-DD`: the day asked for, or '' for today. */
export function parseFollowUpsQuery(params: URLSearchParams): { ngay: string } {
  return followUpsSchema.parse({ ngay: params.get('ngay') ?? '' });
}

const guidesSchema = z.object({ q: z.catch(z.string(), '') });

/** `/cam-nang?q=`: the guide search text. */
export function parseGuidesQuery(params: URLSearchParams): { q: string } {
  return guidesSchema.parse({ q: params.get('q') ?? '' });
}

/** URL parameters for a selection (for `setQuery`); an empty list removes its parameter. */
export function selectionParams(selection: QrSelection): Record<'g' | 'd', string | undefined> {
  return { g: selection.g.join(',') || undefined, d: selection.d.join(',') || undefined };
}

const teamJoinSchema = z.object({ db: z.catch(z.string(), ''), province: z.boolean() });

/**
 * `/nhom/tham-gia?db=<database URL>[&tinh=1]`: the URL as given ('' when missing; `domain/sync/team-link.ts`
 * checks it), and whether it is a city or province database the phone follows for the roll-up.
 */
export function parseTeamJoinQuery(params: URLSearchParams): { db: string; province: boolean } {
  return teamJoinSchema.parse({ db: params.get('db') ?? '', province: params.get('tinh') === '1' });
}
