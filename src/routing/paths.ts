import { type RegistryQuery, registryQueryParams } from '../domain/registry-query';
import type { CounterQuery, PrintQuery, QrSelection } from './queries';

/**
 * Every app URL, stable and readable (DESIGN §3): bookmarks, printed QR codes
 * and the Back button depend on them, so a builder's output never changes
 * (`test/unit/routing/paths.test.ts` pins each one). Builders return paths
 * inside the app; `href()` adds the base path.
 */
export const PATTERNS = {
  home: '/',
  registry: '/to-chuc',
  orgNew: '/to-chuc/moi',
  org: '/to-chuc/:id',
  orgEdit: '/to-chuc/:id/sua',
  visit: '/to-chuc/:id/tham',
  more: '/them',
  progress: '/tien-do',
  report: '/tien-do/bao-cao',
  rollup: '/tien-do/tinh',
  rollupReport: '/tien-do/tinh/bao-cao',
  settings: '/cai-dat',
  guides: '/cam-nang',
  guide: '/cam-nang/:slug',
  quickRef: '/tra-cuu-nhanh',
  followUps: '/hen',
  qr: '/qr',
  counter: '/quay',
  print: '/in',
  documents: '/tai-lieu',
  data: '/du-lieu',
  team: '/nhom',
  teamJoin: '/nhom/tham-gia',
  teamReview: '/nhom/xem-lai',
} as const;

/** A value as `URLSearchParams` writes it (space as '+'). */
function formEncode(value: string): string {
  return new URLSearchParams([['', value]]).toString().slice(1);
}

type Param = string | number | readonly string[] | undefined;

/** `path?a=1&b=x,y`: empty values are left out; list items are joined by a bare comma, as in `?g=a,b`. */
function withQuery(path: string, params: Record<string, Param>): string {
  const pairs = Object.entries(params).flatMap(([name, value]) => {
    const text = Array.isArray(value) ? value.map(formEncode).join(',') : value === undefined ? '' : formEncode(String(value));
    return text ? [`${name}=${text}`] : [];
  });
  return pairs.length ? `${path}?${pairs.join('&')}` : path;
}

const segment = encodeURIComponent;
const org = (id: string) => `/to-chuc/${segment(id)}`;

export const paths = {
  /** The registry list (served at '/' and '/to-chuc'), with its search and filters. */
  registry: (query: Partial<RegistryQuery> = {}) => withQuery(PATTERNS.home, registryQueryParams(query)),
  orgNew: () => PATTERNS.orgNew,
  org,
  orgEdit: (id: string) => `${org(id)}/sua`,
  visit: (id: string) => `${org(id)}/tham`,
  more: () => PATTERNS.more,
  progress: () => PATTERNS.progress,
  report: () => PATTERNS.report,
  /** The city/province roll-up of commune summary files, and its A4 report. */
  rollup: () => PATTERNS.rollup,
  rollupReport: () => PATTERNS.rollupReport,
  settings: () => PATTERNS.settings,
  guides: () => PATTERNS.guides,
  guide: (slug: string) => `/cam-nang/${segment(slug)}`,
  quickRef: () => PATTERNS.quickRef,
  /** Follow-ups due on a day (`YYYY-MM-DD`), today when omitted. */
  followUps: (day?: string) => withQuery(PATTERNS.followUps, { ngay: day }),
  qr: (selection: Partial<QrSelection> = {}) => withQuery(PATTERNS.qr, { g: selection.g, d: selection.d }),
  counter: (query: Partial<CounterQuery> = {}) => withQuery(PATTERNS.counter, { g: query.g, d: query.d, t: query.t, ec: query.ec }),
  print: (query: Partial<PrintQuery> = {}) => withQuery(PATTERNS.print, { g: query.g, d: query.d, f: query.f, n: query.n || undefined, ec: query.ec }),
  documents: () => PATTERNS.documents,
  /** The data page; a registry query there narrows the export to the filtered records. */
  data: (query: Partial<RegistryQuery> = {}) => withQuery(PATTERNS.data, registryQueryParams(query)),
  /** The team sync screen (status, members, invitation, pause, leave). */
  team: () => PATTERNS.team,
  /** The join link a lead shares as a QR code: `db` is the team database's URL; `province`: a province database, followed for the roll-up. */
  teamJoin: (db: string, province = false) => withQuery(PATTERNS.teamJoin, { db, tinh: province ? 1 : undefined }),
  /** Organisations edited on two phones while apart, waiting for a person's choice. */
  teamReview: () => PATTERNS.teamReview,
  /** The public, pre-rendered guide pages: static files outside the app's routes (the trailing slash is part of the printed URL). */
  publicGuides: () => '/huong-dan/',
  publicGuide: (slug: string) => `/huong-dan/${segment(slug)}/`,
};
