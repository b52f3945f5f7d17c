/**
 * Links put in QR codes (DESIGN §8): always a plain ASCII URL, because some
 * phone scanners misread raw UTF-8 without an ECI marker. Pure: the caller
 * passes the app's own address, so this runs in Node tests too.
 */

/** Why a base URL would give citizens a code they cannot open, worst first. */
export type BaseUrlWarning = 'invalid' | 'localhost' | 'private' | 'not-https';

/**
 * The URL as the WHATWG parser serialises it: Vietnamese in the path, query or
 * fragment percent-encoded (UTF-8), an internationalised host in punycode.
 * Throws on anything that is not an absolute http(s) URL.
 */
export function toAsciiUrl(input: string): string {
  const url = new URL(input.trim());
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new TypeError(`not a web URL: ${input}`);
  return url.href;
}

/** The base every public link starts from: the Settings value, or the app's own origin + base path. Always ends with '/'. */
export function resolveBase(publicBaseUrl: string, appBase: string): string {
  const chosen = publicBaseUrl.trim() || appBase;
  const href = toAsciiUrl(chosen);
  // 'https://host/eid' names a folder here, not a file: keep the sub-path.
  const url = new URL(href);
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  url.search = '';
  url.hash = '';
  return url.href;
}

/** The public, pre-rendered page of a guide: `<base>huong-dan/<slug>/`. */
export function guidePageUrl(base: string, slug: string): string {
  return new URL(`huong-dan/${encodeURIComponent(slug)}/`, base).href;
}

/**
 * What a person can type if the code will not scan: no scheme, no 'www.'. A
 * folder keeps its trailing slash (`host/huong-dan/<slug>/`): on a host that
 * does not redirect, the slashless form loads the page without its stylesheet.
 * Only a bare host loses it.
 */
export function shortUrl(url: string): string {
  const rest = url.replace(/^https?:\/\//i, '').replace(/^www\./i, '');
  return /^[^/]+\/$/.test(rest) ? rest.slice(0, -1) : rest;
}

const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;

function isPrivateIpv4(host: string): boolean | null {
  const m = IPV4.exec(host);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  return (
    a === 10 ||
    a === 127 ||
    a === 0 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127) // carrier-grade NAT: not reachable from other phones either
  );
}

function isPrivateIpv6(host: string): boolean {
  if (!host.startsWith('[')) return false;
  const h = host.slice(1, -1).toLowerCase();
  return h === '::1' || h === '::' || /^f[cd]/.test(h) || /^fe[89ab]/.test(h);
}

/** Warnings for a base URL, most serious first; empty when others' phones can open it safely. */
export function baseUrlWarnings(base: string): BaseUrlWarning[] {
  let url: URL;
  try {
    url = new URL(toAsciiUrl(base));
  } catch {
    return ['invalid'];
  }
  const host = url.hostname.toLowerCase();
  const warnings: BaseUrlWarning[] = [];
  if (host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1' || host === '[::1]') {
    warnings.push('localhost');
  } else if (isPrivateIpv4(host) || isPrivateIpv6(host) || host.endsWith('.local') || host.endsWith('.lan') || !host.includes('.')) {
    warnings.push('private');
  }
  if (url.protocol !== 'https:') warnings.push('not-https');
  return warnings;
}
