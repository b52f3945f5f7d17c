import { z } from 'zod/mini';
import type { Organisation } from '../organisation';
import { isPersonalNumber, taxDigits } from '../tax-code';

const timestamp = z.number().check(z.int(), z.gte(0));

/**
 * Left on a record whose representative's personal data was erased (Law
 * 91/2025/QH15): who erased it and when, and nothing personal.
 */
export const erasureSchema = z.object({ at: timestamp, by: z.string() });
export type Erasure = z.infer<typeof erasureSchema>;

/** What is cut out of free text (notes, visit notes): the person's name, phone and personal number. */
export interface PersonalTraces {
  name: string;
  phone: string;
  personalNumber: string;
}

/** Written in place of a name or number removed from free text. */
const CUT = '…';
const SEPARATOR = '[\\s.\\-]?';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function digitsPattern(digits: string): string {
  return digits.split('').join(SEPARATOR);
}

/** A phone as written anywhere: 0912 345 678, 0912.345.678, +84 912345678, 84912345678. */
function phonePattern(phone: string): string | null {
  const digits = taxDigits(phone).replace(/^\+/, '');
  const national = digits.startsWith('84') && phone.startsWith('+') ? digits.slice(2) : digits.replace(/^0/, '');
  if (!/^\d{6,}$/.test(national)) return null;
  return `(?:\\+?84|0)?${SEPARATOR}${digitsPattern(national)}`;
}

function tracePatterns(traces: PersonalTraces): RegExp | null {
  const parts: string[] = [];
  const name = traces.name.normalize('NFC').trim();
  if (name.length >= 2) parts.push(escapeRegExp(name));
  const phone = phonePattern(traces.phone);
  if (phone) parts.push(phone);
  if (/^\d{12}$/.test(traces.personalNumber)) parts.push(digitsPattern(traces.personalNumber));
  return parts.length ? new RegExp(parts.join('|'), 'giu') : null;
}

/** The text with every occurrence of the person's name, phone or personal number replaced by "…". */
export function scrubText(text: string, traces: PersonalTraces): string {
  const pattern = tracePatterns(traces);
  return pattern && text ? text.normalize('NFC').replace(pattern, CUT) : text;
}

/** What identifies the representative in a record, to cut out of its free text and its visits. */
export function personalTraces(org: Organisation): PersonalTraces {
  return {
    name: org.representativeName,
    phone: org.representativePhone,
    personalNumber: isPersonalNumber(org.taxCode) ? taxDigits(org.taxCode) : '',
  };
}

/** Whether a record holds anything of the representative's (what the erase action would remove). */
export function holdsPersonalData(org: Organisation): boolean {
  return Boolean(org.representativeName || org.representativePhone || org.consent || isPersonalNumber(org.taxCode) || org.keptAsIs?.representativePhone !== undefined);
}

/**
 * The record without the representative's structured personal data, carrying
 * `marker`: name, phone, consent and a household's personal ID number (its tax
 * code) go, with the "kept as is" reasons for them. Times and free text are left
 * alone, so that merges can apply it to any version (see settleErasure).
 */
export function stripPersonalData(org: Organisation, marker: Erasure): Organisation {
  const personalTax = isPersonalNumber(org.taxCode);
  const keptTax = org.keptAsIs?.taxCode;
  const { keptAsIs: _kept, ...rest } = org;
  return {
    ...rest,
    ...(keptTax !== undefined && !personalTax ? { keptAsIs: { taxCode: keptTax } } : {}),
    taxCode: personalTax ? '' : org.taxCode,
    representativeName: '',
    representativePhone: '',
    consent: null,
    erasure: marker,
  };
}

/**
 * The erase action: personal data removed, the person's name and numbers cut out
 * of the notes and the status history's notes, the marker left, stamped as a
 * new edit so it travels.
 */
export function erasePersonalData(org: Organisation, stamp: Erasure): Organisation {
  return { ...withoutPerson(org, stamp), updatedAt: stamp.at, updatedBy: stamp.by };
}

/** The version stripped and its free text scrubbed of its own representative, carrying `marker`; its times left alone. */
function withoutPerson(org: Organisation, marker: Erasure): Organisation {
  const traces = personalTraces(org);
  return {
    ...stripPersonalData(org, marker),
    notes: scrubText(org.notes, traces),
    statusNote: scrubText(org.statusNote, traces),
    statusHistory: org.statusHistory.map((h) => (h.note ? { ...h, note: scrubText(h.note, traces) } : h)),
  };
}

/** The latest erasure marker any of the versions carries. */
export function latestErasure(versions: Iterable<Organisation>): Erasure | undefined {
  let latest: Erasure | undefined;
  for (const v of versions) latest = laterMarker(latest, v.erasure);
  return latest;
}

const carries = (org: Organisation, marker: Erasure) => org.erasure?.at === marker.at && org.erasure.by === marker.by;

/**
 * A version as sync applies it once `marker` is known: unchanged if it carries
 * that marker (written knowing of the erasure), else without the person's data,
 * in its fields and in its free text, as if erased there too. Unlike
 * `settleErasure`, which only strips fields, this reaches the notes a version
 * written on a phone that had not heard of the erasure may hold.
 */
export function honourErasure(org: Organisation, marker: Erasure | undefined): Organisation {
  return !marker || carries(org, marker) ? org : withoutPerson(org, marker);
}

/** The visit with the person's name and numbers cut out of its note and problems. */
export function scrubVisit<V extends { note: string; problems: string[] }>(visit: V, traces: PersonalTraces): V {
  return { ...visit, note: scrubText(visit.note, traces), problems: visit.problems.map((p) => scrubText(p, traces)) };
}

/** The later of two markers (a total order: time, then who), so every phone picks the same. */
function laterMarker(a: Erasure | undefined, b: Erasure | undefined): Erasure | undefined {
  if (!a || !b) return a ?? b;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return a.by >= b.by ? a : b;
}

/**
 * Erasure wins: of all versions of a record that met, the latest erasure marker
 * is final for the personal fields. The chosen version keeps its personal data
 * only if it already carries that marker (it was written knowing of the
 * erasure, so its data were entered afterwards, with new consent); any other
 * version is stripped. Pure and order-free: the result depends only on the set
 * of versions and the chosen one.
 */
export function settleErasure(chosen: Organisation, versions: Iterable<Organisation>): Organisation {
  const latest = laterMarker(chosen.erasure, latestErasure(versions));
  if (!latest || carries(chosen, latest)) return chosen;
  return stripPersonalData(chosen, latest);
}

/** The fields of a review list's dispute that name the representative. */
const PERSONAL_FIELDS = new Set(['representativeName', 'representativePhone', 'consent', 'keptAsIs']);

/**
 * Values a review list kept from before an erasure, with the person taken out:
 * the representative's fields are dropped, a personal ID number among the tax
 * codes too, and every text value is scrubbed of the traces given (the versions'
 * that did not know of the erasure, and the names and phones the list itself holds).
 */
export function scrubDispute(dispute: Record<string, unknown[]>, traces: PersonalTraces[]): Record<string, unknown[]> {
  const all = [
    ...traces,
    ...(dispute.representativeName ?? []).map((name) => ({ name: String(name), phone: '', personalNumber: '' })),
    ...(dispute.representativePhone ?? []).map((phone) => ({ name: '', phone: String(phone), personalNumber: '' })),
  ];
  const scrub = (value: unknown) => (typeof value === 'string' ? all.reduce((text, t) => scrubText(text, t), value) : value);
  const out: Record<string, unknown[]> = {};
  for (const [field, values] of Object.entries(dispute)) {
    if (PERSONAL_FIELDS.has(field)) continue;
    const kept = values.filter((v) => !(field === 'taxCode' && typeof v === 'string' && isPersonalNumber(v))).map(scrub);
    out[field] = kept.filter((v, i) => kept.findIndex((w) => JSON.stringify(w) === JSON.stringify(v)) === i);
  }
  return out;
}
