import type { Guide } from '../../content/guides/schema';
import type { DocumentLink } from '../../domain/document-link';
import { fold } from '../../domain/fold';
import { guidePageUrl } from '../../domain/links';
import { parseWebUrl } from '../../domain/web-url';
import type { QrSelection } from '../../routing/queries';

/** Anything a QR code can point to: a guide's public page or a document link. */
export interface QrTarget {
  /** 'g:<slug>' or 'd:<id>': unique across both kinds. */
  key: string;
  title: string;
  /** ASCII URL: the exact payload. */
  url: string;
  /** Up to three short lines for the counter screen and flyers. */
  lines: string[];
  /** Key steps for the poster (empty for documents). */
  steps: string[];
  /** The steps are situations to look up (troubleshooting), not steps in order. */
  situations?: boolean;
  /** What a reader must have before starting ("Cần VNeID mức 2 của người đại diện"). */
  requirement?: string;
  /** ASCII, no spaces: the download file name without extension. */
  fileStem: string;
}

function asciiSlug(text: string): string {
  return fold(text).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48).replace(/-$/, '') || 'ma';
}

/** Only what a citizen may read: a guide's staff note never goes on a code's screen or sheet. */
export function guideTarget(guide: Guide, base: string): QrTarget {
  const steps = guide.steps.map((s) => s.title);
  // Numbered lines read as steps in order; a troubleshooting page is summed up instead.
  const lines = steps.length >= 3 && !guide.situations ? steps.slice(0, 3).map((s, i) => `${i + 1}. ${s}`) : [guide.summary];
  return {
    key: `g:${guide.slug}`,
    title: guide.title,
    url: guidePageUrl(base, guide.slug),
    lines,
    steps,
    situations: guide.situations,
    requirement: guide.keyRequirement,
    fileStem: `qr-huong-dan-${guide.slug}`,
  };
}

/**
 * A document's code (its note is for staff — "hãy mở thử trước khi in" — so citizens see only
 * who published it), its URL in ASCII form (Vietnamese percent-encoded, hosts in
 * punycode): the form saves it so, but a link from an old backup or a merged file
 * may hold raw Vietnamese. Null for a link that is not http(s), which gets no code.
 */
export function documentTarget(doc: DocumentLink): QrTarget | null {
  const url = parseWebUrl(doc.url);
  if (!url.ok) return null;
  return {
    key: `d:${doc.id}`,
    title: doc.title,
    url: url.url,
    lines: doc.publisher ? [doc.publisher] : [],
    steps: [],
    fileStem: `qr-tai-lieu-${asciiSlug(doc.title)}`,
  };
}

/** Keys of the targets a URL's selection names: guides first, then documents. */
export function selectedKeys(selection: QrSelection): string[] {
  return [...selection.g.map((s) => `g:${s}`), ...selection.d.map((s) => `d:${s}`)];
}

/** The URL selection for a set of keys, the inverse of `selectedKeys`. */
export function selectionOf(keys: string[]): QrSelection {
  const of = (prefix: string) => keys.filter((k) => k.startsWith(prefix)).map((k) => k.slice(2));
  return { g: of('g:'), d: of('d:') };
}
