/**
 * The public guide pages are plain strings built at compile time, so every
 * piece of content that goes into them passes through here first.
 */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or attribute value made safe for HTML (quotes included, so it is safe inside attributes too). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Only web links may become hrefs: a content typo must not produce a javascript: link. */
export function safeUrl(url: string): string {
  if (!/^https?:\/\//i.test(url)) throw new Error(`not a web URL: ${url}`);
  return escapeHtml(url);
}

/** Joins rendered fragments; `false`/`undefined` (from `cond && html`) render nothing. */
export function join(parts: ReadonlyArray<string | false | undefined | null>, separator = ''): string {
  return parts.filter((p): p is string => typeof p === 'string' && p !== '').join(separator);
}
