import { toAsciiUrl } from './links';

/** Why an address is refused: nothing typed, a scheme other than http(s) (named), or not an address at all. */
export type WebUrlProblem = { reason: 'empty' | 'invalid' } | { reason: 'scheme'; scheme: string };
export type WebUrlResult = { ok: true; url: string } | ({ ok: false } & WebUrlProblem);

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;

/**
 * Accepts only absolute http:// and https:// addresses, returned in ASCII form.
 * `javascript:`, `data:`, `file:` and the like are refused: a link we turn into
 * a QR code or a clickable anchor must never run code or carry a payload.
 */
export function parseWebUrl(input: string): WebUrlResult {
  const text = input.trim();
  if (!text) return { ok: false, reason: 'empty' };
  const scheme = SCHEME.exec(text)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') return { ok: false, reason: 'scheme', scheme };
  if (!scheme) return { ok: false, reason: 'invalid' };
  try {
    const url = toAsciiUrl(text);
    if (!new URL(url).hostname) return { ok: false, reason: 'invalid' };
    return { ok: true, url };
  } catch {
    return { ok: false, reason: 'invalid' };
  }
}
