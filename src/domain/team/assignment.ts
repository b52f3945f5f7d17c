import { cleanText } from '../fold';
import type { Organisation } from '../organisation';

/** Longest member name kept (as Settings allows for "your name"). */
export const MEMBER_NAME_MAX = 80;

/** A name as typed, the way it is stored: NFC, spaces collapsed, trimmed, cut to the limit. */
export function cleanMemberName(name: string): string {
  return cleanText(name).slice(0, MEMBER_NAME_MAX).trim();
}

/**
 * The team's member names from any number of sources (this phone's user, the
 * names already used as assignees, names typed in, a synced team's member list):
 * cleaned, each once, in Vietnamese order.
 */
export function memberNames(...sources: Iterable<string>[]): string[] {
  const names = new Set<string>();
  for (const source of sources) for (const raw of source) {
    const name = cleanMemberName(raw);
    if (name) names.add(name);
  }
  return [...names].sort(new Intl.Collator('vi').compare);
}

/** The names organisations are assigned to, each once. */
export function assigneesOf(orgs: Iterable<Organisation>): Set<string> {
  const out = new Set<string>();
  for (const o of orgs) if (o.assignee) out.add(o.assignee);
  return out;
}

/**
 * The record assigned to `assignee` ('' = to nobody), stamped as an edit; 'keep'
 * when it already is, or is deleted, so a list-wide assignment writes only what changes.
 */
export function assignTo(org: Organisation, assignee: string, stamp: { at: number; by: string }): Organisation | 'keep' {
  const name = cleanMemberName(assignee);
  if (org.deletedAt !== null || (org.assignee ?? '') === name) return 'keep';
  const { assignee: _old, ...rest } = org;
  return { ...rest, ...(name ? { assignee: name } : {}), updatedAt: stamp.at, updatedBy: stamp.by };
}
